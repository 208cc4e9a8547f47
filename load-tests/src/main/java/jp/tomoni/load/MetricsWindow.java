package jp.tomoni.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Both applications' {@code /actuator/prometheus}, saved at the start and at the end of a simulation's
 * measured window, so that the bench's summary sees what happened under load only: not the set-up before it
 * (qualifying retailers is journaled too), not the warm-up. Files:
 * {@code bench.outputDir/metrics/PHASE-before-engine.prom}, {@code PHASE-after-gateway.prom} and so on, for
 * the phase named by {@code bench.phase}; without that setting nothing is saved. A scrape that fails is left
 * out (the summary then shows no figure for it), never retried.
 */
public final class MetricsWindow {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread thread;

    private MetricsWindow(String phase, Duration delay, Duration length) {
        if (phase.isEmpty()) {
            thread = null;
            return;
        }
        Path folder = BenchSettings.outputDir().resolve("metrics");
        thread = new Thread(() -> {
            if (waitUnlessClosed(delay)) {
                return; // the run ended before its window began
            }
            save(folder, phase + "-before");
            waitUnlessClosed(length);
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
        return new MetricsWindow(BenchSettings.text("phase", ""), delay, length);
    }

    /** Ends the window now if it has not ended yet, and waits for its last scrapes. */
    public void close() {
        closed.countDown();
        if (thread == null) {
            return;
        }
        try {
            thread.join(30_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits {@code time}; answers whether the window was closed first. */
    private boolean waitUnlessClosed(Duration time) {
        try {
            return closed.await(time.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private static void save(Path folder, String prefix) {
        scrape(BenchSettings.engine(), folder.resolve(prefix + "-engine.prom"));
        scrape(BenchSettings.gateway(), folder.resolve(prefix + "-gateway.prom"));
    }

    private static void scrape(URI application, Path file) {
        HttpRequest request = HttpRequest.newBuilder(application.resolve("/actuator/prometheus"))
                .timeout(Duration.ofSeconds(10)).GET().build();
        try {
            HttpResponse<String> answer = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, answer.body());
            } else {
                System.err.println("metrics: " + request.uri() + " answered " + answer.statusCode());
            }
        } catch (IOException e) {
            System.err.println("metrics: " + request.uri() + " cannot be read: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
