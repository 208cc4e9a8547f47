package jp.tomoni.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lmax.disruptor.AlertException;
import com.lmax.disruptor.Sequence;
import com.lmax.disruptor.SequenceBarrier;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class DependentBlockingWaitStrategyTest {

    private final DependentBlockingWaitStrategy strategy = new DependentBlockingWaitStrategy();
    private final Sequence cursor = new Sequence(10);
    private final Sequence journaller = new Sequence(2);
    private final AtomicBoolean alerted = new AtomicBoolean();

    @Test
    void returnsAtOnceWhenTheDependentIsAlreadyThere() throws Exception {
        assertThat(strategy.waitFor(2, cursor, journaller, barrier())).isEqualTo(2);
    }

    @Test
    void waitsUntilTheDependentMovesAndSignals() throws Exception {
        CompletableFuture<Long> waiter = CompletableFuture.supplyAsync(() -> waitFor(5));
        assertThatThrownBy(() -> waiter.get(200, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);

        journaller.set(4);
        strategy.signalAllWhenBlocking();
        assertThatThrownBy(() -> waiter.get(200, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);

        journaller.set(7);
        strategy.signalAllWhenBlocking();
        assertThat(waiter.get(5, TimeUnit.SECONDS)).isEqualTo(7);
    }

    @Test
    void anAlertWakesTheWaiterForShutdown() {
        CompletableFuture<Long> waiter = CompletableFuture.supplyAsync(() -> waitFor(5));
        alerted.set(true);
        strategy.signalAllWhenBlocking();
        assertThatThrownBy(() -> waiter.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class)
                .hasRootCauseInstanceOf(AlertException.class);
    }

    private long waitFor(long sequence) {
        try {
            return strategy.waitFor(sequence, cursor, journaller, barrier());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private SequenceBarrier barrier() {
        return new SequenceBarrier() {
            @Override
            public long waitFor(long sequence) {
                throw new UnsupportedOperationException();
            }

            @Override
            public long getCursor() {
                return cursor.get();
            }

            @Override
            public boolean isAlerted() {
                return alerted.get();
            }

            @Override
            public void alert() {
                alerted.set(true);
            }

            @Override
            public void clearAlert() {
                alerted.set(false);
            }

            @Override
            public void checkAlert() throws AlertException {
                if (alerted.get()) {
                    throw AlertException.INSTANCE;
                }
            }
        };
    }
}
