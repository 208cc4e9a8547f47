package jp.tomoni.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reference data of public bodies, by municipal code: the 23 special wards of Tokyo and the other bodies
 * that run the same kind of programme (Saitama City, Tokorozawa, Ome), from {@code reference/public-bodies.csv}
 * on the class path (UTF-8, header {@code code,name_ja,name_en,kind,prefecture_ja,prefecture_en}). This is
 * reference data the service loads, not demo data: every installation has it, whatever it auctions.
 */
public final class PublicBodies {

    /** Where the standard list is on the class path. */
    public static final String RESOURCE = "/reference/public-bodies.csv";

    private static final String HEADER = "code,name_ja,name_en,kind,prefecture_ja,prefecture_en";
    private static final PublicBodies STANDARD = parse(read(RESOURCE), RESOURCE);

    private final Map<String, PublicBody> byCode;

    private PublicBodies(Map<String, PublicBody> byCode) {
        this.byCode = byCode;
    }

    /** The standard list shipped with Tomoni. */
    public static PublicBodies standard() {
        return STANDARD;
    }

    /** The body with this municipal code, if it is in the list. */
    public Optional<PublicBody> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** Every body, in the file's order. */
    public List<PublicBody> all() {
        return List.copyOf(byCode.values());
    }

    /** The bodies of one kind, in the file's order. */
    public List<PublicBody> ofKind(PublicBody.Kind kind) {
        return byCode.values().stream().filter(b -> b.kind() == kind).toList();
    }

    /** The Japanese name of the body with this code, or the code itself when the list does not have it. */
    public String nameJa(String code) {
        PublicBody body = byCode.get(code);
        return body == null ? code : body.nameJa();
    }

    /** The English name of the body with this code, or the code itself when the list does not have it. */
    public String nameEn(String code) {
        PublicBody body = byCode.get(code);
        return body == null ? code : body.nameEn();
    }

    /** Parses the CSV form; {@code source} names it in errors. Cells hold no commas or quotes. */
    static PublicBodies parse(String text, String source) {
        String[] lines = text.split("\n", -1);
        if (!HEADER.equals(lines[0])) {
            throw new IllegalStateException(source + " does not start with the header " + HEADER);
        }
        Map<String, PublicBody> bodies = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            String[] cells = lines[i].split(",", -1);
            if (cells.length != 6) {
                throw new IllegalStateException(source + " line " + (i + 1) + " does not have 6 cells");
            }
            PublicBody body = new PublicBody(cells[0], cells[1], cells[2], PublicBody.Kind.valueOf(cells[3]),
                    cells[4], cells[5]);
            if (bodies.putIfAbsent(body.code(), body) != null) {
                throw new IllegalStateException(source + " line " + (i + 1) + " repeats code " + body.code());
            }
        }
        return new PublicBodies(Collections.unmodifiableMap(bodies));
    }

    private static String read(String resource) {
        try (InputStream in = PublicBodies.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in.readAllBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(resource + " is not valid UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
