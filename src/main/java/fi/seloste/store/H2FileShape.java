package fi.seloste.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.h2.mvstore.DataUtils;

/**
 * Whether an H2 file is whole, as H2 leaves it: 4 KiB blocks, the chunk its header names lying inside the file,
 * and the file ending in a checksummed chunk footer. A file cut short (a broken copy, a half-sent attachment)
 * fails this. H2 itself would quietly fall back to an older state of such a file and lose later edits unsaid.
 */
final class H2FileShape {

    private static final int BLOCK_SIZE = 4096;
    private static final int FOOTER_LENGTH = 128;
    private static final Pattern HEADER_BLOCK = Pattern.compile("^H:2,block:([0-9a-f]+),");

    private H2FileShape() {
    }

    static boolean isWhole(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < 2L * BLOCK_SIZE || size % BLOCK_SIZE != 0) {
                return false;
            }
            Matcher header = HEADER_BLOCK.matcher(new String(read(channel, 0, FOOTER_LENGTH), StandardCharsets.ISO_8859_1));
            if (!header.find() || Long.parseLong(header.group(1), 16) * BLOCK_SIZE >= size) {
                return false;
            }
            return isChecksummedChunkFooter(read(channel, size - FOOTER_LENGTH, FOOTER_LENGTH));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** A footer reads "chunk:…,len:…,version:…,fletcher:…", the checksum taken over what precedes ",fletcher". */
    static boolean isChecksummedChunkFooter(byte[] footer) {
        String text = new String(footer, StandardCharsets.ISO_8859_1);
        String trimmed = text.strip();
        int start = text.indexOf(trimmed);
        int key = trimmed.lastIndexOf(",fletcher:");
        if (!trimmed.startsWith("chunk:") || key < 0) {
            return false;
        }
        int stored = (int) Long.parseLong(trimmed.substring(key + ",fletcher:".length()), 16);
        return stored == DataUtils.getFletcher32(footer, start, key);
    }

    private static byte[] read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) > 0) {
            // keep reading until the buffer is full or the file ends
        }
        return buffer.array();
    }
}
