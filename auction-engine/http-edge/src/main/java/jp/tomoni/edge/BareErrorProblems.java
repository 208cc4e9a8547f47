package jp.tomoni.edge;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/**
 * Gives a body to every refusal written without one. Netty answers a malformed start line or header, a URL
 * or headers too long, with a bare 400, 414 or 431, and Spring Security's firewall refuses an unsafe path
 * with a bare 400; neither passes through the services' problem handlers. This handler sits right after
 * the HTTP codec and rewrites each such answer (a 4xx with no {@code Content-Type} and a
 * {@code Content-Length} of 0) into RFC 9457 {@code application/problem+json} with a stable code:
 * {@code MALFORMED_REQUEST} (400), {@code PAYLOAD_TOO_LARGE} (413), {@code URI_TOO_LONG} (414),
 * {@code HEADERS_TOO_LARGE} (431), {@code REQUEST_REFUSED} otherwise. Answers that already have a body,
 * and answers to {@code HEAD}, pass unchanged. The detail never says more than the status does.
 */
public final class BareErrorProblems extends ChannelDuplexHandler {

    /** The handler's name in the pipeline. */
    public static final String NAME = "tomoni.bareErrorProblems";

    private static final String PROBLEM_JSON = "application/problem+json";

    private boolean head;

    /** {@code server} with this handler on every connection it accepts (for a Spring Boot customizer). */
    public static HttpServer onEveryConnection(HttpServer server) {
        return server.doOnChannelInit((observer, channel, address) -> install(channel.pipeline()));
    }

    /** Adds the handler after the HTTP/1.1 codec of {@code pipeline}, once; a pipeline without one is left alone. */
    public static void install(ChannelPipeline pipeline) {
        if (pipeline.get(NettyPipeline.HttpCodec) != null && pipeline.get(NAME) == null) {
            pipeline.addAfter(NettyPipeline.HttpCodec, NAME, new BareErrorProblems());
        }
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (msg instanceof HttpRequest request) {
            head = HttpMethod.HEAD.equals(request.method());
        }
        super.channelRead(ctx, msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        if (!(msg instanceof HttpResponse response) || head || !bare(response)) {
            ctx.write(msg, promise);
            return;
        }
        byte[] body = body(response.status().code());
        if (msg instanceof FullHttpResponse full) {
            FullHttpResponse problem = new DefaultFullHttpResponse(full.protocolVersion(), full.status(),
                    Unpooled.wrappedBuffer(body));
            problem.headers().set(full.headers());
            full.release();
            ctx.write(withProblemHeaders(problem, body.length), promise);
            return;
        }
        ctx.write(withProblemHeaders(response, body.length));
        ctx.write(new DefaultHttpContent(Unpooled.wrappedBuffer(body)), promise);
    }

    /** A client error that carries no body and says nothing of its kind. */
    static boolean bare(HttpResponse response) {
        int status = response.status().code();
        return status >= 400 && status < 500 && !response.headers().contains(HttpHeaderNames.CONTENT_TYPE)
                && "0".equals(response.headers().get(HttpHeaderNames.CONTENT_LENGTH));
    }

    private static <T extends HttpResponse> T withProblemHeaders(T response, int length) {
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, PROBLEM_JSON)
                .set(HttpHeaderNames.CONTENT_LENGTH, length);
        return response;
    }

    /** The problem document for {@code status}. */
    static byte[] body(int status) {
        String code;
        String detail;
        switch (status) {
            case 400 -> {
                code = "MALFORMED_REQUEST";
                detail = "the request was refused: its start line, a header or its path is malformed or unsafe";
            }
            case 413 -> {
                code = "PAYLOAD_TOO_LARGE";
                detail = "the request body is too large";
            }
            case 414 -> {
                code = "URI_TOO_LONG";
                detail = "the request's URL is longer than this service accepts";
            }
            case 431 -> {
                code = "HEADERS_TOO_LARGE";
                detail = "the request's headers are larger than this service accepts";
            }
            default -> {
                code = "REQUEST_REFUSED";
                detail = "the request was refused";
            }
        }
        return ("{\"type\":\"urn:tomoni:problem:" + code + "\",\"title\":\"" + code + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
