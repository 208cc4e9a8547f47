package jp.tomoni.web.body;

/**
 * A value in a request body that its type refuses, thrown while the body is bound. Jackson adds where the value
 * is ({@code clock.startPrice}, {@code bidders[2]}); a check made by a record's compact constructor adds the
 * component it concerns, since there the path ends at the record.
 */
public final class BodyValueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A required property that is absent or JSON {@code null}. */
    public static final String REQUIRED = "REQUIRED";

    private final String code;
    private final String component;

    /**
     * @param code      the stable code of the problem, e.g. {@code INVALID_PRICE}
     * @param component the record component concerned, or {@code null} when the value itself is meant
     * @param detail    what is wrong, a sentence a person can act on
     */
    public BodyValueException(String code, String component, String detail) {
        super(detail);
        this.code = code;
        this.component = component;
    }

    /** Fails with {@link #REQUIRED} unless {@code value} is there. */
    public static <T> T required(T value, String component) {
        if (value == null) {
            throw new BodyValueException(REQUIRED, component, "required field is missing");
        }
        return value;
    }

    /** The stable code. */
    public String code() {
        return code;
    }

    /** The record component concerned, or {@code null}. */
    public String component() {
        return component;
    }
}
