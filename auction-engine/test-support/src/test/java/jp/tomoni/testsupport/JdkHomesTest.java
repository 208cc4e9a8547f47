package jp.tomoni.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdkHomesTest {

    @TempDir
    Path jvm;

    @Test
    void autoFindsOnlyJdksOfTheMinimumVersionOrLater() throws IOException {
        Path old = jdk("java-17-openjdk-amd64", "17.0.15");
        Path temurin = jdk("temurin-25-jdk-amd64", "25.0.1");
        Path newer = jdk("jdk-26", "26");
        Files.createDirectories(jvm.resolve("not-a-jdk"));

        assertThat(JdkHomes.found(jvm, 25)).containsExactly(newer, temurin);
        assertThat(JdkHomes.featureVersion(old)).isEqualTo(17);
    }

    @Test
    void aHomeWithoutAReleaseFileIsNotAJdk() throws IOException {
        Path bare = Files.createDirectories(jvm.resolve("bare/bin"));
        Files.createFile(bare.resolve("java")).toFile().setExecutable(true);

        assertThat(JdkHomes.featureVersion(bare.getParent())).isZero();
        assertThat(JdkHomes.found(jvm, 25)).isEmpty();
    }

    private Path jdk(String name, String version) throws IOException {
        Path home = Files.createDirectories(jvm.resolve(name).resolve("bin"));
        Path java = Files.createFile(home.resolve("java"));
        java.toFile().setExecutable(true);
        Files.writeString(jvm.resolve(name).resolve("release"), "JAVA_VERSION=\"" + version + "\"\n");
        return jvm.resolve(name);
    }
}
