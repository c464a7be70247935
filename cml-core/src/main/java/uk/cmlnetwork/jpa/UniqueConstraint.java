package uk.cmlnetwork.jpa;

import java.sql.SQLException;

/** Recognises a unique constraint refusing a row: SQL state 23505 on Derby and PostgreSQL alike. */
final class UniqueConstraint {
    private UniqueConstraint() {
    }

    static boolean wasBroken(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
