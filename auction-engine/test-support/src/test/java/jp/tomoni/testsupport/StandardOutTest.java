package jp.tomoni.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/** Standard output is captured as UTF-8 and given back, even when the code throws. */
class StandardOutTest {

    @Test
    void whatTheCodePrintsIsAnsweredAndTheOutputRestored() {
        PrintStream before = System.out;

        assertThat(StandardOut.of(() -> System.out.print("共に 1"))).isEqualTo("共に 1");
        assertThat(System.out).isSameAs(before);
        assertThatThrownBy(() -> StandardOut.of(() -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(System.out).isSameAs(before);
    }
}
