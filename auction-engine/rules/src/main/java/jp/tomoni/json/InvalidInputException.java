package jp.tomoni.json;

/**
 * Input that breaks a rule of its format: a scenario file or a request body. The message is one line,
 * {@code place: problem}; {@link #code()} is a stable code and {@link #place()} the field at fault.
 */
public final class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String place;
    private final String code;

    /**
     * @param place   where in the input, e.g. {@code rounds[2].bids[0].exitPrice}
     * @param problem what is wrong there
     */
    public InvalidInputException(String place, String problem) {
        this(place, "INVALID_FIELD", problem);
    }

    /**
     * @param place   where in the input
     * @param code    a stable code, e.g. {@code INVALID_PRICE}
     * @param problem what is wrong there
     */
    public InvalidInputException(String place, String code, String problem) {
        super(place + ": " + problem);
        this.place = place;
        this.code = code;
    }

    /** Where in the input the problem is. */
    public String place() {
        return place;
    }

    /** The stable code of the problem. */
    public String code() {
        return code;
    }
}
