package jp.tomoni.demodata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The ILLUSTRATIVE 23-ward facility dataset as shipped in this jar ({@value #RESOURCE}, the output of
 * {@link DemoDatasetGenerator}), in the officers' facility import template: for the demo, the tests and the
 * bench, which import it through the engine's API like any officer.
 */
public final class DemoDataset {

    /** Where the dataset is on the class path. */
    public static final String RESOURCE = "/demo/facilities-23-wards.csv";

    private DemoDataset() {
    }

    /** The dataset as CSV text (UTF-8, LF line endings). */
    public static String csv() {
        try (InputStream in = DemoDataset.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the demo dataset could not be read", e);
        }
    }
}
