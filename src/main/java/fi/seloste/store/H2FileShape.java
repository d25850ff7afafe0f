package fi.seloste.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.h2.mvstore.DataUtils;

/**
 * What the bytes of an H2 file say about its newest state, read without H2: the two checksummed store headers at
 * the start, and every chunk (a block-aligned run that starts with a "chunk:…" header and ends with a checksummed
 * footer). H2 itself quietly falls back to an older state of a file whose end is missing and loses later edits
 * unsaid; these rules refuse such a file instead:
 * <ul>
 * <li>A cleanly closed file (Seloste closes its file after every save) names its newest chunk in the header: that
 * chunk must be whole and nothing newer may be in the file.</li>
 * <li>A file left open by a crash has a header that names the state at the last clean close, and the save that was
 * going on wrote at least one whole chunk after it: if none is there, the file's end is missing.</li>
 * <li>A chunk begun but not finished after the newest whole one means the file was cut inside it.</li>
 * </ul>
 * The version found here is then compared with the version H2 opens ({@link H2OpenedVersion}).
 */
final class H2FileShape {

    static final int BLOCK_SIZE = 4096;
    private static final int FOOTER_LENGTH = 128;
    private static final int CHUNK_HEADER_LENGTH = 1024;

    /** The newest state the file's bytes promise, and when it was written. */
    record Newest(long version, boolean cleanlyClosed, Optional<Instant> writtenAt) {
    }

    private record Chunk(long block, int id, int length, long version, long time, boolean whole) {
    }

    private static final Comparator<Chunk> BY_VERSION = Comparator.comparingLong(Chunk::version);

    private H2FileShape() {
    }

    /** The newest state of a whole file, or empty when the file is cut short or its newest part is damaged. */
    static Optional<Newest> newest(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < 2L * BLOCK_SIZE || size % BLOCK_SIZE != 0) {
                return Optional.empty();
            }
            Map<String, String> header = newestHeader(channel);
            if (header == null || !header.containsKey("version") || !header.containsKey("block")) {
                return Optional.empty();
            }
            long headerVersion = hex(header, "version");
            long headerBlock = hex(header, "block");
            boolean clean = header.containsKey("clean") && hex(header, "clean") != 0;
            long blocks = size / BLOCK_SIZE;
            List<Chunk> chunks = chunks(channel, blocks);
            Chunk newestWhole = chunks.stream().filter(Chunk::whole).max(BY_VERSION).orElse(null);
            Chunk newestBegun = chunks.stream().max(BY_VERSION).orElse(null);
            Chunk named = chunks.stream().filter(c -> c.block() == headerBlock).findFirst().orElse(null);
            if (newestWhole == null || newestBegun.version() > newestWhole.version()) {
                return Optional.empty();
            }
            long expected;
            if (clean) {
                if (named == null || !named.whole() || named.version() != headerVersion
                        || newestWhole.version() != headerVersion) {
                    return Optional.empty();
                }
                expected = headerVersion;
            } else {
                if (newestWhole.version() <= headerVersion) {
                    return Optional.empty();
                }
                expected = newestWhole.version();
            }
            Optional<Instant> writtenAt = header.containsKey("created")
                    ? Optional.of(Instant.ofEpochMilli(hex(header, "created") + newestWhole.time()))
                    : Optional.empty();
            return Optional.of(new Newest(expected, clean, writtenAt));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * When the newest chunk anywhere in the file, whole or begun, was written: how far the file's own history reaches,
     * even when its newest state can no longer be read.
     */
    static Optional<Instant> lastWrittenAt(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long blocks = channel.size() / BLOCK_SIZE;
            Map<String, String> header = newestHeader(channel);
            if (header == null || !header.containsKey("created")) {
                return Optional.empty();
            }
            Chunk newest = chunks(channel, blocks).stream().max(BY_VERSION).orElse(null);
            return newest == null ? Optional.empty()
                    : Optional.of(Instant.ofEpochMilli(hex(header, "created") + newest.time()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Every chunk that starts on a block after the two headers, whole or begun; a whole chunk's inside is skipped. */
    private static List<Chunk> chunks(FileChannel channel, long blocks) throws IOException {
        List<Chunk> chunks = new ArrayList<>();
        for (long block = 2; block < blocks; block++) {
            Chunk chunk = chunkAt(channel, block, blocks);
            if (chunk != null) {
                chunks.add(chunk);
                if (chunk.whole()) {
                    block += chunk.length() - 1;
                }
            }
        }
        return chunks;
    }

    /** The newer of the two store headers whose checksum holds, or null when neither does. */
    private static Map<String, String> newestHeader(FileChannel channel) throws IOException {
        Map<String, String> newest = null;
        for (int block = 0; block < 2; block++) {
            Map<String, String> header = checksummedMap(read(channel, (long) block * BLOCK_SIZE, BLOCK_SIZE));
            if (header != null && header.containsKey("version")
                    && (newest == null || hex(header, "version") > hex(newest, "version"))) {
                newest = header;
            }
        }
        return newest;
    }

    /** The chunk that starts at {@code block}, whole or begun, or null when no chunk starts there. */
    private static Chunk chunkAt(FileChannel channel, long block, long blocks) throws IOException {
        byte[] start = read(channel, block * BLOCK_SIZE, CHUNK_HEADER_LENGTH);
        if (start[0] != 'c' || !new String(start, 0, 6, StandardCharsets.ISO_8859_1).equals("chunk:")) {
            return null;
        }
        String text = new String(start, StandardCharsets.ISO_8859_1);
        int end = text.indexOf('\n');
        Map<String, String> fields = plainMap((end < 0 ? text : text.substring(0, end)).trim());
        if (fields == null || !fields.keySet().containsAll(List.of("chunk", "len", "version"))) {
            return null;
        }
        try {
            int id = (int) hex(fields, "chunk");
            int length = (int) hex(fields, "len");
            long version = hex(fields, "version");
            long time = fields.containsKey("time") ? hex(fields, "time") : 0;
            boolean whole = length >= 1 && block + length <= blocks
                    && footerNames(read(channel, (block + length) * BLOCK_SIZE - FOOTER_LENGTH, FOOTER_LENGTH), id, version);
            return new Chunk(block, id, length, version, time, whole);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean footerNames(byte[] footer, int id, long version) {
        Map<String, String> fields = checksummedMap(footer);
        return fields != null && fields.containsKey("chunk") && fields.containsKey("version")
                && hex(fields, "chunk") == id && hex(fields, "version") == version;
    }

    /** A footer reads "chunk:…,len:…,version:…,fletcher:…", the checksum taken over what precedes ",fletcher". */
    static boolean isChecksummedChunkFooter(byte[] footer) {
        Map<String, String> fields = checksummedMap(footer);
        return fields != null && fields.containsKey("chunk");
    }

    /** An H2 "key:value,…,fletcher:…" map whose Fletcher-32 checksum holds, or null. */
    private static Map<String, String> checksummedMap(byte[] bytes) {
        // As H2 reads them: everything up to a space (NUL padding included) is trimmed at both ends.
        int start = 0;
        int end = bytes.length;
        while (start < end && (bytes[start] & 0xff) <= ' ') {
            start++;
        }
        while (end > start && (bytes[end - 1] & 0xff) <= ' ') {
            end--;
        }
        if (start == end) {
            return null;
        }
        String trimmed = new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
        int key = trimmed.lastIndexOf(",fletcher:");
        if (key < 0) {
            return null;
        }
        try {
            int stored = (int) Long.parseLong(trimmed.substring(key + ",fletcher:".length()), 16);
            if (stored != DataUtils.getFletcher32(bytes, start, key)) {
                return null;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return plainMap(trimmed.substring(0, key));
    }

    private static Map<String, String> plainMap(String text) {
        Map<String, String> map = new HashMap<>();
        for (String pair : text.split(",")) {
            int colon = pair.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            map.put(pair.substring(0, colon), pair.substring(colon + 1));
        }
        return map;
    }

    private static long hex(Map<String, String> map, String key) {
        return Long.parseLong(map.get(key), 16);
    }

    private static byte[] read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) > 0) {
            // keep reading until the buffer is full or the file ends
        }
        return buffer.array();
    }
}
