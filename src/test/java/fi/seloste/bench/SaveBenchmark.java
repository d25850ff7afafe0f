package fi.seloste.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import fi.seloste.domain.Controller;
import fi.seloste.store.ClientFile;
import fi.seloste.store.ClientFileName;
import fi.seloste.store.ClientFiles;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One save of the controller's name, as typing in the wizard makes them (ADR 0017): {@code save} is Seloste's save
 * (transaction, checksum, sync, clean close and open again, compaction when grown); {@code keepOpenPeer} is the
 * design before 2026-12-02, the same update and sync on a connection kept open, which left files that a cut copy
 * could not be told from. Not run by the build. Run from the repository root:
 * <pre>
 * ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/test-cp.txt) org.openjdk.jmh.Main SaveBenchmark \
 *     -jvmArgsAppend -XX:TieredStopAtLevel=1
 * </pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@State(Scope.Thread)
public class SaveBenchmark {

    private Path folder;
    private ClientFile file;
    private Connection peer;
    private PreparedStatement peerUpdate;
    private int n;

    @Setup(Level.Trial)
    public void open() throws Exception {
        folder = Files.createTempDirectory("seloste-save-bench");
        file = ClientFiles.create(folder.resolve("Seloste" + ClientFileName.EXTENSION));
        Path peerFile = folder.resolve("Peer" + ClientFileName.EXTENSION);
        ClientFiles.create(peerFile).close();
        String base = peerFile.toString().substring(0, peerFile.toString().length() - ".mv.db".length());
        peer = DriverManager.getConnection("jdbc:h2:file:" + base + ";TRACE_LEVEL_FILE=0;WRITE_DELAY=0;IFEXISTS=TRUE",
                "sa", "");
        peerUpdate = peer.prepareStatement("update controller set name = ?");
    }

    @Benchmark
    public void save() throws Exception {
        file.saveController(Controller.EMPTY.withName("edit " + n++));
    }

    @Benchmark
    public void keepOpenPeer() throws Exception {
        peer.setAutoCommit(false);
        peerUpdate.setString(1, "edit " + n++);
        peerUpdate.executeUpdate();
        peer.commit();
        try (Statement sync = peer.createStatement()) {
            sync.execute("CHECKPOINT SYNC");
        }
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        file.close();
        peer.close();
    }
}
