package io.dudao.internal.facts;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dudao.api.DudaoException;
import io.dudao.api.FactProblem;
import io.dudao.api.FactsException;
import io.dudao.facts.District;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Reads facts documents: UTF-8 text, JSON syntax, the facts schema, binding to {@link District} records,
 * then {@link SemanticChecks}. Each stage reports every problem it finds; a later stage runs only when
 * the earlier ones found none. Thread-safe.
 */
public final class FactsParser {

    private static final FactsSchema SCHEMA = FactsSchema.load();
    private static final int EXCERPT_BEFORE = 60;
    private static final int EXCERPT_AFTER = 20;

    private FactsParser() {
    }

    /** Reads the facts file at {@code file}; problems name the file as {@code file.toString()}. */
    public static List<District> read(Path file) {
        Objects.requireNonNull(file, "file");
        String source = file.toString();
        try {
            return parse(decode(Files.readAllBytes(file), source), source);
        } catch (IOException e) {
            throw unreadable(source, e);
        }
    }

    /** Reads a facts document from {@code in} to its end, without closing it. */
    public static List<District> read(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        try {
            return parse(decode(in.readAllBytes(), source), source);
        } catch (IOException e) {
            throw unreadable(source, e);
        }
    }

    /** Parses a facts document held in a string. A leading byte-order mark is ignored. */
    public static List<District> parse(String json, String source) {
        Objects.requireNonNull(json, "json");
        String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
        JsonNode document;
        try {
            document = FactsJson.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw problem(source, "", excerpt(text, e.getLocation()), "well-formed JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
                    + e.getOriginalMessage());
        }
        if (document == null || document.isMissingNode()) {
            throw problem(source, "", null, SCHEMA.documentExpectation());
        }
        List<FactProblem> problems = SCHEMA.validate(document, source);
        if (!problems.isEmpty()) {
            throw new FactsException(problems);
        }
        boolean arrayFile = document.isArray();
        List<District> districts = new ArrayList<>();
        for (JsonNode node : arrayFile ? document : List.of(document)) {
            districts.add(bind((ObjectNode) node));
        }
        problems = SemanticChecks.check(districts, arrayFile, source);
        if (!problems.isEmpty()) {
            throw new FactsException(problems);
        }
        return List.copyOf(districts);
    }

    /** Binds one schema-valid district; {@code schemaVersion} was validated and has no record component. */
    private static District bind(ObjectNode district) {
        district.remove("schemaVersion");
        try {
            return FactsJson.MAPPER.treeToValue(district, District.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new DudaoException("internal",
                    "facts that pass the facts schema do not bind to the fact records: " + e.getMessage(), e);
        }
    }

    /** Decodes strict UTF-8; a malformed byte sequence is a problem naming its offset. */
    private static String decode(byte[] bytes, String source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never decodes to more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            String found = HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes, at, at + result.length());
            throw problem(source, "", (result.length() == 1 ? "byte " : "bytes ") + found + " at offset " + at,
                    "UTF-8 text (convert GBK and other encodings to UTF-8)");
        }
        decoder.flush(out);
        return out.flip().toString();
    }

    /** The text around a syntax error: a window of the offending line. */
    private static String excerpt(String text, JsonLocation location) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        int line = location.getLineNr();
        if (line < 1 || line > lines.length) {
            return null;
        }
        String content = lines[line - 1];
        int column = Math.max(1, Math.min(location.getColumnNr(), content.length() + 1));
        int from = Math.max(0, column - 1 - EXCERPT_BEFORE);
        int to = Math.min(content.length(), column - 1 + EXCERPT_AFTER);
        String window = (from > 0 ? "…" : "") + content.substring(from, to) + (to < content.length() ? "…" : "");
        return window.isBlank() ? "end of input" : window.strip();
    }

    private static FactsException unreadable(String source, IOException e) {
        String reason = e instanceof NoSuchFileException ? "no such file"
                : e instanceof AccessDeniedException ? "access denied"
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        FactsException exception = problem(source, "", null, "a readable facts file (" + reason + ")");
        exception.initCause(e);
        return exception;
    }

    private static FactsException problem(String source, String path, String value, String expected) {
        return new FactsException(List.of(new FactProblem(source, path, value, expected)));
    }
}
