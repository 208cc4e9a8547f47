package jp.tomoni.engine;

import com.lmax.disruptor.AlertException;
import com.lmax.disruptor.Sequence;
import com.lmax.disruptor.SequenceBarrier;
import com.lmax.disruptor.WaitStrategy;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Blocks a waiting handler until the sequence it depends on (the ring's cursor for the journaller, the
 * journaller's progress for the applier) reaches what it needs, and never spins. Disruptor's own
 * {@code BlockingWaitStrategy} busy-spins while a handler waits on another handler: here the applier would
 * then burn a whole core for the duration of every journal commit, which on a small machine slows the very
 * commit it waits for. A handler that moves its own sequence must call {@link #signalAllWhenBlocking()}
 * afterwards; the ring calls it on every publish.
 */
final class DependentBlockingWaitStrategy implements WaitStrategy {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition progressed = lock.newCondition();

    @Override
    public long waitFor(long sequence, Sequence cursor, Sequence dependentSequence, SequenceBarrier barrier)
            throws AlertException, InterruptedException {
        long available = dependentSequence.get();
        if (available >= sequence) {
            return available;
        }
        lock.lock();
        try {
            while ((available = dependentSequence.get()) < sequence) {
                barrier.checkAlert();
                progressed.await();
            }
        } finally {
            lock.unlock();
        }
        return available;
    }

    @Override
    public void signalAllWhenBlocking() {
        lock.lock();
        try {
            progressed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
