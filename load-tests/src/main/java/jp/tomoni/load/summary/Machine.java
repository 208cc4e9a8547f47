package jp.tomoni.load.summary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * The machine the bench ran on: cores, Java, operating system, processor and memory as Linux reports them,
 * and how busy it was (the load average before and after each run; other work on the machine shows there).
 */
final class Machine {

    private Machine() {
    }

    /** The machine, with the load averages the bench saved in {@code loadavgDir} for {@code phases}. */
    static ObjectNode describe(Path loadavgDir, List<String> phases) throws IOException {
        ObjectNode machine = SummarySections.JSON.createObjectNode();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + ")");
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        machine.put("cpu", firstValue(Path.of("/proc/cpuinfo"), "model name"));
        machine.put("memory", firstValue(Path.of("/proc/meminfo"), "MemTotal"));
        ObjectNode load = machine.putObject("loadAverage");
        load.put("about", "1, 5 and 15 minute load averages from /proc/loadavg before and after each run");
        for (String phase : phases) {
            for (String when : List.of("before", "after")) {
                Path file = loadavgDir.resolve(phase + "-" + when + ".txt");
                if (Files.isRegularFile(file)) {
                    String[] f = Files.readString(file, StandardCharsets.UTF_8).strip().split("\\s+");
                    load.put(phase + "-" + when, f.length >= 3 ? f[0] + " " + f[1] + " " + f[2] : null);
                }
            }
        }
        return machine;
    }

    private static String firstValue(Path file, String key) {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith(key)) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }
}
