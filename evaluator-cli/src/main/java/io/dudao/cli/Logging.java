package io.dudao.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Log levels beyond {@code logback.xml}, which keeps the engine quiet; every log goes to stderr. */
final class Logging {

    private Logging() {
    }

    /** {@code --verbose}: Dudao at DEBUG, Drools and KIE at INFO. */
    static void verbose() {
        level("io.dudao", Level.DEBUG);
        level("org.drools", Level.INFO);
        level("org.kie", Level.INFO);
    }

    private static void level(String name, Level level) {
        if (LoggerFactory.getLogger(name) instanceof Logger logger) {
            logger.setLevel(level);
        }
    }
}
