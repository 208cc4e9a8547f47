package jp.tomoni.engine;

/**
 * What a scope check answers. Outside a person's procurement group nothing is disclosed, not even that it
 * exists, so the answer there is {@link #HIDE} (404, as for an id that does not exist). Inside it, a thing
 * the person may see but not do is {@link #FORBID} (403): the person knows it is there.
 */
public enum Decision {
    /** Allowed. */
    ALLOW,
    /** Visible but not allowed: 403. */
    FORBID,
    /** Outside the person's scope: 404, as if it did not exist. */
    HIDE
}
