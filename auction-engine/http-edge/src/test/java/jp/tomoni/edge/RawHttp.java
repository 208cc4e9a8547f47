package jp.tomoni.edge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * Sends HTTP/1.1 exactly as written, bytes an HTTP client would refuse to send included, for the services'
 * hostile-input tests (shipped to them in this module's test jar).
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** Sends {@code request} to localhost:{@code port} and reads the answer until the server closes or 64 KB came. */
    public static String exchange(int port, String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0 && answer.size() < 65_536; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException | SocketException stopped) {
                return answer.toString(StandardCharsets.UTF_8);
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
