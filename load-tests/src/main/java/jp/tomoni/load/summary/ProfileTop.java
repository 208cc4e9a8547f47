package jp.tomoni.load.summary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * The top of a JDK Flight Recorder profile, as text: of the CPU samples ({@code jdk.ExecutionSample}) in a
 * recording, the methods that were running (self), the methods on the stack at all (total, each counted once
 * a sample), and the share of samples by layer, named by the package of the innermost frame that is not the
 * JDK's. The bench writes one for each service when {@code BENCH_PROFILE=1}.
 */
public final class ProfileTop {

    /** Layers by package prefix, first match wins; the rest is {@code other}. */
    static final Map<String, String> LAYERS = layers();

    private ProfileTop() {
    }

    private static Map<String, String> layers() {
        Map<String, String> layers = new LinkedHashMap<>();
        layers.put("jp.tomoni.", "tomoni");
        layers.put("io.grpc.", "grpc");
        layers.put("com.google.protobuf.", "protobuf");
        layers.put("io.netty.", "netty");
        layers.put("reactor.netty.", "reactor-netty");
        layers.put("reactor.", "reactor");
        layers.put("org.springframework.security.", "spring-security");
        layers.put("org.springframework.", "spring");
        layers.put("tools.jackson.", "jackson");
        layers.put("com.fasterxml.jackson.", "jackson");
        layers.put("io.r2dbc.", "r2dbc");
        layers.put("io.micrometer.", "micrometer");
        layers.put("com.github.benmanes.caffeine.", "caffeine");
        layers.put("com.lmax.disruptor.", "disruptor");
        return layers;
    }

    /** Prints the top {@code N} (default 25) of the recording {@code FILE}. */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: ProfileTop FILE.jfr [N]");
            System.exit(2);
        }
        int n = args.length == 2 ? Integer.parseInt(args[1]) : 25;
        System.out.print(render(read(Path.of(args[0])), n));
    }

    /** The stacks of every CPU sample in a recording, innermost frame first, as {@code class.method}. */
    static List<List<String>> read(Path recording) throws IOException {
        List<List<String>> stacks = new ArrayList<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!"jdk.ExecutionSample".equals(event.getEventType().getName())) {
                continue;
            }
            RecordedStackTrace trace = event.getStackTrace();
            if (trace == null) {
                continue;
            }
            List<String> frames = new ArrayList<>(trace.getFrames().size());
            for (RecordedFrame frame : trace.getFrames()) {
                if (frame.isJavaFrame()) {
                    frames.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
                }
            }
            stacks.add(frames);
        }
        return stacks;
    }

    /** The three tables for {@code stacks}, each of its top {@code n} rows with counts and shares. */
    static String render(List<List<String>> stacks, int n) {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        Map<String, Integer> byLayer = new HashMap<>();
        for (List<String> stack : stacks) {
            if (!stack.isEmpty()) {
                self.merge(stack.get(0), 1, Integer::sum);
            }
            Set<String> seen = new HashSet<>(stack);
            seen.forEach(method -> total.merge(method, 1, Integer::sum));
            byLayer.merge(layer(stack), 1, Integer::sum);
        }
        int samples = stacks.size();
        StringBuilder out = new StringBuilder("CPU samples: " + samples + "\n");
        table(out, "by layer (innermost frame outside the JDK)", byLayer, samples, n);
        table(out, "self (the running method)", self, samples, n);
        table(out, "total (on the stack)", total, samples, n);
        return out.toString();
    }

    /** The layer of a sample: that of its innermost frame outside {@code java.}, {@code jdk.} and {@code sun.}. */
    static String layer(List<String> stack) {
        for (String frame : stack) {
            if (frame.startsWith("java.") || frame.startsWith("jdk.") || frame.startsWith("sun.")) {
                continue;
            }
            for (Map.Entry<String, String> layer : LAYERS.entrySet()) {
                if (frame.startsWith(layer.getKey())) {
                    return layer.getValue();
                }
            }
            return "other";
        }
        return "jdk";
    }

    private static void table(StringBuilder out, String title, Map<String, Integer> counts, int samples, int n) {
        out.append("\n").append(title).append("\n");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .forEach(e -> out.append(String.format(Locale.ROOT, "%6d %5.1f%%  %s%n", e.getValue(),
                        samples == 0 ? 0.0 : 100.0 * e.getValue() / samples, e.getKey())));
    }
}
