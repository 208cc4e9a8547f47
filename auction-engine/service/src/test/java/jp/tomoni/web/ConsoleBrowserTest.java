package jp.tomoni.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A browser test never skips: without Chromium or its driver it fails and says what to install. */
class ConsoleBrowserTest {

    @Test
    void aMissingBrowserOrDriverFailsAndNamesTheDebianPackages() {
        assertThatThrownBy(() -> ConsoleBrowser.requireExecutable(Path.of("/nonexistent/chromium"), "the Chromium browser"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("/nonexistent/chromium")
                .hasMessageContaining("apt-get install chromium chromium-driver");
    }

    @Test
    void anExecutableIsAccepted() {
        assertThatCode(() -> ConsoleBrowser.requireExecutable(Path.of("/bin/sh"), "a shell")).doesNotThrowAnyException();
    }
}
