package fi.seloste.app;

import java.lang.management.ManagementFactory;
import java.util.logging.Logger;

/** Logs when start-up milestones are reached, for support and for src/bench/startup-time.sh. */
final class StartupLog {

    private static final Logger LOG = Logger.getLogger(StartupLog.class.getName());

    private StartupLog() {
    }

    static void reached(String milestone) {
        long now = System.currentTimeMillis();
        long sinceJvmStart = now - ManagementFactory.getRuntimeMXBean().getStartTime();
        LOG.info(() -> "startup: " + milestone + " at epoch-ms " + now + ", " + sinceJvmStart + " ms after JVM start");
    }
}
