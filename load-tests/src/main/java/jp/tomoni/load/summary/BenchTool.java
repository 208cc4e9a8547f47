package jp.tomoni.load.summary;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Small helpers for the bench script, so that it needs nothing beyond bash, curl and Java:
 *
 * <ul>
 *   <li>{@code free-ports N}: N free local TCP ports, one a line;</li>
 *   <li>{@code half-rate REPORT_DIR NAME SECONDS}: half the rate of successful requests {@code NAME} over
 *       {@code SECONDS} in a Gatling report, as a whole number of at least 1.</li>
 * </ul>
 */
public final class BenchTool {

    private BenchTool() {
    }

    /** Runs one helper; exits 2 on wrong usage, 1 when the report cannot be read. */
    public static void main(String[] args) throws IOException {
        if (args.length == 2 && "free-ports".equals(args[0])) {
            freePorts(Integer.parseInt(args[1])).forEach(System.out::println);
        } else if (args.length == 4 && "half-rate".equals(args[0])) {
            try {
                System.out.println(halfRate(GatlingReport.read(Path.of(args[1])), args[2], Integer.parseInt(args[3])));
            } catch (IOException | IllegalArgumentException e) {
                System.err.println("bench: " + e.getMessage());
                System.exit(1);
            }
        } else {
            System.err.println("usage: BenchTool free-ports N | half-rate REPORT_DIR NAME SECONDS");
            System.exit(2);
        }
    }

    /** {@code n} distinct free local ports (free when asked; nothing holds them afterwards). */
    static List<Integer> freePorts(int n) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            List<Integer> ports = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ServerSocket socket = new ServerSocket(0);
                sockets.add(socket);
                ports.add(socket.getLocalPort());
            }
            return ports;
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }

    /** Half the rate of successful {@code name} requests over {@code seconds}, at least 1. */
    static long halfRate(Map<String, GatlingReport.RequestStats> report, String name, int seconds) {
        GatlingReport.RequestStats stats = report.get(name);
        if (stats == null) {
            throw new IllegalArgumentException("the report has no request \"" + name + "\"");
        }
        return Math.max(1, Math.round(stats.ok() / (double) seconds / 2));
    }
}
