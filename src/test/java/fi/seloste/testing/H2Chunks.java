package fi.seloste.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where H2's file format (MVStore) keeps what: two file headers in the first two 4 KiB blocks, then chunks, each
 * starting with a header line "chunk:…,block:…,len:…" at a block boundary and ending in a 128-byte footer
 * "chunk:…,block:…,version:…,fletcher:…". Found by reading the bytes, as a damaged-file test needs them, without H2.
 */
public final class H2Chunks {

    public static final int BLOCK_SIZE = 4096;
    public static final int FOOTER_LENGTH = 128;
    private static final Pattern LENGTH = Pattern.compile("(?:^|,)len:([0-9a-f]+)(?:,|$)");

    /** A chunk: its first byte, its length in bytes, and where its footer starts. */
    public record Chunk(long start, long length) {
        public long end() {
            return start + length;
        }

        public long footer() {
            return end() - FOOTER_LENGTH;
        }
    }

    private H2Chunks() {
    }

    /** Every chunk whose header stands at a block boundary and whose footer lies inside the file, in file order. */
    public static List<Chunk> of(byte[] file) {
        List<Chunk> chunks = new ArrayList<>();
        for (int block = 2; (long) block * BLOCK_SIZE < file.length; block++) {
            int start = block * BLOCK_SIZE;
            String line = line(file, start);
            if (!line.startsWith("chunk:")) {
                continue;
            }
            Matcher length = LENGTH.matcher(line);
            if (length.find()) {
                long bytes = Long.parseLong(length.group(1), 16) * BLOCK_SIZE;
                if (bytes > 0 && start + bytes <= file.length) {
                    chunks.add(new Chunk(start, bytes));
                    block += (int) (bytes / BLOCK_SIZE) - 1;
                }
            }
        }
        return chunks;
    }

    /** The text of a file header (block 0 or 1) up to its line break: the bytes a flip in the header can hit. */
    public static int headerTextLength(byte[] file, int block) {
        return line(file, block * BLOCK_SIZE).length();
    }

    /** The length of a chunk footer's text, without the spaces and line break H2 pads it to 128 bytes with. */
    public static int footerTextLength(byte[] file, Chunk chunk) {
        return line(file, (int) chunk.footer()).stripTrailing().length();
    }

    private static String line(byte[] file, int from) {
        int end = from;
        while (end < file.length && end - from < BLOCK_SIZE && file[end] != '\n' && file[end] != 0) {
            end++;
        }
        return new String(file, from, end - from, StandardCharsets.ISO_8859_1);
    }
}
