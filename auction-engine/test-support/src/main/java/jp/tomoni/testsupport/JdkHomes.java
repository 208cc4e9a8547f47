package jp.tomoni.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The JDKs a packaged jar must also run on, beside the one running the build, from the system property
 * {@code tomoni.test.jdks}: a comma-separated list of JDK homes, or {@code auto} (the default) for every
 * JDK of {@link #MINIMUM_AUTO_VERSION} or later found under {@code /usr/lib/jvm}. A test that asks for them
 * and finds none fails: it never passes having checked nothing.
 */
public final class JdkHomes {

    /** The property that names the JDKs. */
    public static final String PROPERTY = "tomoni.test.jdks";

    /** The lowest feature version {@code auto} looks for: the newest JDK the project supports. */
    public static final int MINIMUM_AUTO_VERSION = 25;

    private static final Path JVM_FOLDER = Path.of("/usr/lib/jvm");

    private JdkHomes() {
    }

    /** The further JDK homes to check; fails when the property names none, or a home has no {@code bin/java}. */
    public static List<Path> extra() {
        String setting = System.getProperty(PROPERTY, "auto").strip();
        List<Path> homes = setting.isEmpty() || "auto".equals(setting) ? found(JVM_FOLDER, MINIMUM_AUTO_VERSION)
                : named(setting);
        if (homes.isEmpty()) {
            throw new IllegalStateException("no further JDK to run the jar on: " + PROPERTY + " is \"" + setting
                    + "\" and no JDK " + MINIMUM_AUTO_VERSION + "+ is under " + JVM_FOLDER
                    + "; install one or set -D" + PROPERTY + "=/path/to/jdk");
        }
        for (Path home : homes) {
            if (!Files.isExecutable(java(home))) {
                throw new IllegalStateException(PROPERTY + " names " + home + ", which has no bin/java");
            }
        }
        return homes;
    }

    /** The {@code java} launcher of a JDK home. */
    public static Path java(Path home) {
        return home.resolve("bin").resolve("java");
    }

    /** The {@code java} launcher of the JDK running this test. */
    public static Path current() {
        return java(Path.of(System.getProperty("java.home")));
    }

    private static List<Path> named(String setting) {
        List<Path> homes = new ArrayList<>();
        for (String part : setting.split(",")) {
            if (!part.isBlank()) {
                homes.add(Path.of(part.strip()));
            }
        }
        return homes;
    }

    /** Every JDK home directly under {@code folder} whose {@code release} file says version {@code minimum}+. */
    static List<Path> found(Path folder, int minimum) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(home -> !Files.isSymbolicLink(home))
                    .filter(home -> featureVersion(home) >= minimum)
                    .filter(home -> Files.isExecutable(java(home)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The feature version in a JDK home's {@code release} file ({@code JAVA_VERSION="25.0.1"} is 25), or 0. */
    static int featureVersion(Path home) {
        Path release = home.resolve("release");
        if (!Files.isRegularFile(release)) {
            return 0;
        }
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(release)) {
            properties.load(in);
        } catch (IOException e) {
            return 0;
        }
        String version = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
        String feature = version.split("[.+-]", 2)[0];
        return feature.matches("[0-9]{1,3}") ? Integer.parseInt(feature) : 0;
    }
}
