package jp.tomoni.facility;

import java.util.List;

/**
 * The outcome of importing a file of facilities: either every facility or every error, never part of
 * the file. When {@code errors} is not empty, {@code facilities} is empty, so nothing is half-imported.
 *
 * <p>All errors are collected, not only the first, up to {@link #MAX_ERRORS}. When a file has more, the
 * list holds the first {@code MAX_ERRORS - 1} and ends with one {@link ImportError#TOO_MANY_ERRORS} error
 * giving the total.
 *
 * @param facilities the imported facilities in file order; empty when there are errors
 * @param errors     the problems in file order; empty when the import succeeded
 */
public record ImportResult(List<FacilityRecord> facilities, List<ImportError> errors) {

    /** The most errors a result lists, the final {@link ImportError#TOO_MANY_ERRORS} note included. */
    public static final int MAX_ERRORS = 1_000;

    /**
     * @throws IllegalArgumentException when both lists are non-empty (a half import), or when there are
     *                                  more than {@link #MAX_ERRORS} errors
     */
    public ImportResult {
        facilities = List.copyOf(facilities);
        errors = List.copyOf(errors);
        if (!errors.isEmpty() && !facilities.isEmpty()) {
            throw new IllegalArgumentException("a result with errors carries no facilities");
        }
        if (errors.size() > MAX_ERRORS) {
            throw new IllegalArgumentException("at most " + MAX_ERRORS + " errors: " + errors.size());
        }
    }

    /**
     * Whether the import succeeded.
     *
     * @return {@code true} exactly when there are no errors
     */
    public boolean ok() {
        return errors.isEmpty();
    }
}
