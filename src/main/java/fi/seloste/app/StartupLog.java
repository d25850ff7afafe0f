package fi.seloste.app;

import java.time.Instant;
import java.util.logging.Logger;

/** Logs when start-up milestones are reached, for support and for src/bench/startup-time.sh. */
final class StartupLog {

    private static final Logger LOG = Logger.getLogger(StartupLog.class.getName());

    private StartupLog() {
    }

    static void reached(String milestone) {
        long now = System.currentTimeMillis();
        // The process's start time, not the JVM's management bean: that would load JMX (about 0.1 s) on every start.
        long sinceJvmStart = now - ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(now);
        LOG.info(() -> "startup: " + milestone + " at epoch-ms " + now + ", " + sinceJvmStart + " ms after the process started");
    }
}
