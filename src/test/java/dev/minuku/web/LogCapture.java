package dev.minuku.web;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The service's log records while a test runs, for tests of what is (not) logged. Quarkus'
 * log manager hands every record to java.util.logging's root logger, where this listens.
 */
final class LogCapture extends Handler {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogCapture() {
        setLevel(Level.ALL);
    }

    static LogCapture start() {
        LogCapture capture = new LogCapture();
        Logger.getLogger("").addHandler(capture);
        return capture;
    }

    void stop() {
        Logger.getLogger("").removeHandler(this);
    }

    /** Each record at this level or above as one line: level, logger, message, parameters, exception. */
    List<String> lines(Level atLeast) {
        return records.stream().filter(r -> r.getLevel().intValue() >= atLeast.intValue())
                .map(r -> r.getLevel() + " " + r.getLoggerName() + " " + r.getMessage() + " "
                        + Arrays.toString(r.getParameters()) + (r.getThrown() == null ? "" : " " + r.getThrown()))
                .toList();
    }

    @Override
    public void publish(LogRecord r) {
        records.add(r);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
