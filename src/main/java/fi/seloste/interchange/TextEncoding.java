package fi.seloste.interchange;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

/**
 * The characters of an interchange file, decoded strictly. A notice file is UTF-8 (RFC 8259), with or without a byte
 * order mark. Seloste also reads UTF-16 and UTF-32, which Windows PowerShell's {@code >} and some editors write,
 * when a byte order mark or the pattern of zero bytes at the start says so (RFC 4627, section 3). Every byte must be
 * part of a character: an overlong form (C0 AF for "/"), a code point above U+10FFFF (F4 90 80 80), a surrogate
 * written in UTF-8 (CESU-8, ED A0 80) or a sequence cut short is refused with its place in the file, never replaced
 * by "?" or read as another character, so that every reader of the file sees the same text.
 */
final class TextEncoding {

    private static final int CHUNK = 8192;

    private TextEncoding() {
    }

    /** The text as UTF-8 bytes without a byte order mark: a range of the file itself when it is UTF-8. */
    record Utf8(byte[] bytes, int offset, int length) {
    }

    static Utf8 toUtf8(byte[] file, InterchangeMessages messages) throws Undecodable {
        Detected detected = detect(file);
        if (detected.charset().equals(StandardCharsets.UTF_8)) {
            decode(file, detected, messages, null);
            return new Utf8(file, detected.start(), file.length - detected.start());
        }
        StringBuilder text = new StringBuilder(file.length / 2);
        decode(file, detected, messages, text);
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        return new Utf8(utf8, 0, utf8.length);
    }

    /** Bytes that are not a character: the problem, and the text before them (as UTF-8) for a closer look. */
    static final class Undecodable extends Exception {

        private static final long serialVersionUID = 1L;

        private final transient InterchangeException problem;
        private final transient Utf8 before;

        Undecodable(InterchangeException problem, Utf8 before) {
            super(problem.getMessage(), null, false, false);
            this.problem = problem;
            this.before = before;
        }

        InterchangeException problem() {
            return problem;
        }

        /** The text from the start of the file up to the first byte that is not part of a character. */
        Utf8 before() {
            return before;
        }
    }

    /** The file's encoding and where its text starts (after a byte order mark). */
    record Detected(Charset charset, int start) {
    }

    static Detected detect(byte[] b) {
        if (starts(b, 0xEF, 0xBB, 0xBF)) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return new Detected(Charset.forName("UTF-32BE"), 4);
        }
        if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return new Detected(Charset.forName("UTF-32LE"), 4);
        }
        if (starts(b, 0xFE, 0xFF)) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        if (starts(b, 0xFF, 0xFE)) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        // Without a mark: JSON starts with an ASCII character, so the zero bytes around it tell the encoding.
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] != 0) {
            return new Detected(Charset.forName("UTF-32BE"), 0);
        }
        if (b.length >= 4 && b[0] != 0 && b[1] == 0 && b[2] == 0 && b[3] == 0) {
            return new Detected(Charset.forName("UTF-32LE"), 0);
        }
        if (b.length >= 2 && b[0] == 0 && b[1] != 0) {
            return new Detected(StandardCharsets.UTF_16BE, 0);
        }
        if (b.length >= 2 && b[0] != 0 && b[1] == 0) {
            return new Detected(StandardCharsets.UTF_16LE, 0);
        }
        return new Detected(StandardCharsets.UTF_8, 0);
    }

    /** Decodes every byte, refusing the first that is not part of a character; appends the text to {@code text}. */
    private static void decode(byte[] file, Detected detected, InterchangeMessages messages, StringBuilder text)
            throws Undecodable {
        CharsetDecoder decoder = detected.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(file, detected.start(), file.length - detected.start());
        CharBuffer out = CharBuffer.allocate(CHUNK);
        Position position = new Position();
        CoderResult result;
        do {
            // The whole file is the input: a sequence cut short at its end is malformed, not awaiting more bytes.
            result = decoder.decode(in, out, true);
            drain(out, position, text);
            if (result.isError()) {
                InterchangeException problem = notDecodable(file, in.position(), result.length(), detected.charset(),
                        position, messages);
                byte[] sofar = text == null ? file : text.toString().getBytes(StandardCharsets.UTF_8);
                int start = text == null ? detected.start() : 0;
                int end = text == null ? in.position() : sofar.length;
                throw new Undecodable(problem, new Utf8(sofar, start, end - start));
            }
        } while (result.isOverflow());
        do {
            result = decoder.flush(out);
            drain(out, position, text);
        } while (result.isOverflow());
    }

    private static void drain(CharBuffer out, Position position, StringBuilder text) {
        out.flip();
        position.advance(out);
        if (text != null) {
            text.append(out);
        }
        out.clear();
    }

    private static InterchangeException notDecodable(byte[] file, int offset, int length, Charset charset,
                                                     Position position, InterchangeMessages messages) {
        // The decoder names the first byte that cannot stand where it is; the next few show the sequence it began.
        int end = Math.min(file.length, offset + Math.max(length, 4));
        String bytes = HexFormat.ofDelimiter(" ").withUpperCase().formatHex(file, offset, end);
        String name = charset.name().startsWith("UTF-16") ? "UTF-16" : charset.name().startsWith("UTF-32") ? "UTF-32" : "UTF-8";
        return new InterchangeException(List.of(new InterchangeProblem("",
                messages.text("notDecodable", name, position.line, position.column, offset, bytes))));
    }

    /** Line and column (in characters, from 1) of the next character to be decoded. */
    private static final class Position {
        long line = 1;
        long column = 1;
        private boolean highSurrogate;

        void advance(CharBuffer chars) {
            for (int i = chars.position(); i < chars.limit(); i++) {
                char c = chars.get(i);
                if (c == '\n') {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(c) || !highSurrogate) {
                    column++;
                }
                highSurrogate = Character.isHighSurrogate(c);
            }
        }
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
