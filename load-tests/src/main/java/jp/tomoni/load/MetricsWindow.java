package jp.tomoni.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.function.LongSupplier;
import jp.tomoni.load.summary.PrometheusScrape;

/**
 * Both applications' {@code /actuator/prometheus}, saved at the start and at the end of a simulation's
 * measured window, so that the bench's summary sees what happened under load only: not the set-up before it
 * (qualifying retailers is journaled too), not the warm-up. Files:
 * {@code bench.outputDir/metrics/PHASE-before-engine.prom}, {@code PHASE-after-gateway.prom} and so on, for
 * the phase named by {@code bench.phase}; without that setting nothing is saved. A scrape that fails is left
 * out (the summary then shows no figure for it), never retried.
 *
 * <p>A sampled window ({@link #sampled}) begins when told to rather than after a delay, also saves
 * {@code PHASE-idle-APP.prom} at once, before the load, and notes both applications' heap in use
 * ({@code jvm_memory_used_bytes{area="heap"}}, summed over the pools) every so often from then until it
 * ends, one line each in {@code PHASE-heap.tsv}: {@code epochMillis app bytes}, {@code app} being
 * {@code engine} or {@code gateway}.
 */
public final class MetricsWindow {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Object lock = new Object();
    private final Thread thread;
    private final Path folder = BenchSettings.outputDir().resolve("metrics");
    private final String phase;
    private final long lengthMillis;
    private final Duration every;
    private boolean closed;
    private long begins;

    private MetricsWindow(String phase, long begins, Duration length, Duration every) {
        this.phase = phase;
        this.begins = begins;
        this.lengthMillis = length.toMillis();
        this.every = every;
        if (phase.isEmpty()) {
            thread = null;
            return;
        }
        if (every != null) {
            save(folder, phase + "-idle");
            sample();
        }
        thread = new Thread(() -> {
            if (waitUnlessClosed(this::begins)) {
                return; // the run ended before its window began
            }
            save(folder, phase + "-before");
            waitUnlessClosed(() -> begins() + lengthMillis);
            save(folder, phase + "-after");
        }, "metrics-window");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Saves the "before" scrapes after {@code delay} and the "after" scrapes {@code length} later, or as soon
     * as {@link #close()} is called. Open it when the load starts (Gatling's {@code before()}).
     */
    public static MetricsWindow open(Duration delay, Duration length) {
        return new MetricsWindow(BenchSettings.text("phase", ""), System.currentTimeMillis() + delay.toMillis(),
                length, null);
    }

    /**
     * Saves the "idle" scrapes at once (before answering), the "before" scrapes when {@link #begin()} is called
     * and the "after" scrapes at {@link #close()}, and samples both applications' heap every {@code every}
     * from now until then.
     */
    public static MetricsWindow sampled(Duration every) {
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("the sampling interval must be positive, not " + every);
        }
        return new MetricsWindow(BenchSettings.text("phase", ""), Long.MAX_VALUE, Duration.ofDays(1), every);
    }

    /** Begins the window now, unless it has begun already. */
    public void begin() {
        synchronized (lock) {
            begins = Math.min(begins, System.currentTimeMillis());
            lock.notifyAll();
        }
    }

    /** Ends the window now if it has not ended yet, and waits for its last scrapes. */
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        if (thread == null) {
            return;
        }
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long begins() {
        synchronized (lock) {
            return begins;
        }
    }

    /**
     * Waits until the moment {@code deadline} answers (epoch milliseconds, asked again whenever woken), sampling
     * meanwhile if asked; answers whether the window was closed first.
     */
    private boolean waitUnlessClosed(LongSupplier deadline) {
        long nextSample = every == null ? Long.MAX_VALUE : System.currentTimeMillis() + every.toMillis();
        while (true) {
            synchronized (lock) {
                try {
                    while (!closed) {
                        long until = Math.min(deadline.getAsLong(), nextSample);
                        long left = until - System.currentTimeMillis();
                        if (left <= 0) {
                            break;
                        }
                        lock.wait(left);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return true;
                }
                if (closed) {
                    return true;
                }
            }
            long now = System.currentTimeMillis();
            if (now >= deadline.getAsLong()) {
                return false;
            }
            sample();
            nextSample = now + every.toMillis();
        }
    }

    private void sample() {
        StringBuilder lines = new StringBuilder();
        for (String app : new String[] {"engine", "gateway"}) {
            String text = read("engine".equals(app) ? BenchSettings.engine() : BenchSettings.gateway());
            Double heap = text == null ? null : PrometheusScrape.parse(text).sumWhere("jvm_memory_used_bytes", "area", "heap");
            if (heap != null) {
                lines.append(System.currentTimeMillis()).append('\t').append(app).append('\t')
                        .append(Math.round(heap)).append('\n');
            }
        }
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(phase + "-heap.tsv"), lines, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("metrics: cannot note the heap: " + e);
        }
    }

    private static void save(Path folder, String prefix) {
        scrape(BenchSettings.engine(), folder.resolve(prefix + "-engine.prom"));
        scrape(BenchSettings.gateway(), folder.resolve(prefix + "-gateway.prom"));
    }

    private static void scrape(URI application, Path file) {
        String text = read(application);
        if (text == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            System.err.println("metrics: cannot write " + file + ": " + e);
        }
    }

    /**
     * The application's {@code /actuator/prometheus}, read with the operator's metrics token, or {@code null}
     * when it cannot be read.
     */
    private static String read(URI application) {
        HttpRequest request = HttpRequest.newBuilder(application.resolve("/actuator/prometheus"))
                .header("Authorization", "Bearer " + BenchSettings.metricsToken())
                .timeout(Duration.ofSeconds(10)).GET().build();
        try {
            HttpResponse<String> answer = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                return answer.body();
            }
            System.err.println("metrics: " + request.uri() + " answered " + answer.statusCode());
        } catch (IOException e) {
            System.err.println("metrics: " + request.uri() + " cannot be read: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return null;
    }
}
