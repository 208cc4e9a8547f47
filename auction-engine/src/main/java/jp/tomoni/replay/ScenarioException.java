package jp.tomoni.replay;

/** A scenario file that is not valid: the message is one line naming the problem and its place. */
public final class ScenarioException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param place   where in the file, e.g. {@code rounds[2].bids[0].exitPrice}
     * @param problem what is wrong there
     */
    public ScenarioException(String place, String problem) {
        super(place + ": " + problem);
    }
}
