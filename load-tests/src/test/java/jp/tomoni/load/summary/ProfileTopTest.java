package jp.tomoni.load.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Given sampled stacks, expect the running methods, the methods on the stack and the layers counted once. */
class ProfileTopTest {

    private static final List<List<String>> STACKS = List.of(
            List.of("java.lang.String.hashCode", "io.grpc.internal.ServerImpl.run", "java.lang.Thread.run"),
            List.of("io.netty.channel.Epoll.wait", "java.lang.Thread.run"),
            List.of("jp.tomoni.engine.EngineProcessor.apply", "jp.tomoni.engine.EngineProcessor.apply",
                    "com.lmax.disruptor.BatchEventProcessor.run"),
            List.of("sun.nio.ch.Net.poll"));

    @Test
    void aSampleBelongsToTheLayerOfItsInnermostFrameOutsideTheJdk() {
        assertThat(ProfileTop.layer(STACKS.get(0))).isEqualTo("grpc");
        assertThat(ProfileTop.layer(STACKS.get(1))).isEqualTo("netty");
        assertThat(ProfileTop.layer(STACKS.get(2))).isEqualTo("tomoni");
        assertThat(ProfileTop.layer(STACKS.get(3))).isEqualTo("jdk");
        assertThat(ProfileTop.layer(List.of("org.postgresql.Driver.connect"))).isEqualTo("other");
    }

    @Test
    void aRecursiveMethodCountsOnceASampleInTheTotal() {
        String text = ProfileTop.render(STACKS, 10);
        assertThat(text).startsWith("CPU samples: 4\n");
        assertThat(text).contains("     1  25.0%  jp.tomoni.engine.EngineProcessor.apply");
        assertThat(text).contains("     2  50.0%  java.lang.Thread.run");
        assertThat(text.lines().filter(l -> l.endsWith("  tomoni")).toList()).containsExactly("     1  25.0%  tomoni");
    }
}
