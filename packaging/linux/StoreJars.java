import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies every jar of a folder into another folder with its entries stored, not deflated: the installer's own
 * compression (xz) then compresses the classes of all jars together, which halves the .deb
 * (docs/decisions/0028-installers.md). Entries, their order, names, times and bytes stay as they were.
 * Usage: java packaging/linux/StoreJars.java FROM-DIR TO-DIR
 */
public final class StoreJars {

    public static void main(String[] args) throws IOException {
        Path from = Path.of(args[0]);
        Path to = Path.of(args[1]);
        Files.createDirectories(to);
        List<Path> jars;
        try (Stream<Path> files = Files.list(from)) {
            jars = files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
        for (Path jar : jars) {
            store(jar, to.resolve(jar.getFileName()));
        }
        System.out.println("Stored " + jars.size() + " jars in " + to);
    }

    private static void store(Path jar, Path target) throws IOException {
        try (ZipFile in = new ZipFile(jar.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            out.setMethod(ZipOutputStream.STORED);
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes;
                try (InputStream data = in.getInputStream(entry)) {
                    bytes = data.readAllBytes();
                }
                ZipEntry stored = new ZipEntry(entry.getName());
                stored.setTime(entry.getTime());
                if (entry.getExtra() != null) {
                    stored.setExtra(entry.getExtra());
                }
                stored.setMethod(ZipEntry.STORED);
                stored.setSize(bytes.length);
                stored.setCompressedSize(bytes.length);
                CRC32 crc = new CRC32();
                crc.update(bytes);
                stored.setCrc(crc.getValue());
                out.putNextEntry(stored);
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.setLastModifiedTime(target, Files.getLastModifiedTime(jar));
    }

    private StoreJars() {
    }
}
