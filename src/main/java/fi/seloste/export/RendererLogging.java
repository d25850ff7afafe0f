package fi.seloste.export;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;

/**
 * openhtmltopdf logs through a console handler of its own at INFO, five lines on every render, whatever the
 * application's logging is set to. This sends its warnings and errors through java.util.logging like the rest of
 * Seloste, where the app or the command line decides where they go, and drops the INFO lines.
 */
final class RendererLogging {

    private RendererLogging() {
    }

    static void intoJavaLogging() {
        XRLog.setLoggerImpl(new JDKXRLogger(true, Level.WARNING, new Silent(), new SimpleFormatter()));
    }

    /** openhtmltopdf insists on a handler of its own; the parent loggers' handlers do the work. */
    private static final class Silent extends Handler {
        @Override
        public void publish(LogRecord record) {
            // nothing: the record goes on to the parent handlers
        }

        @Override
        public void flush() {
            // nothing buffered
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}
