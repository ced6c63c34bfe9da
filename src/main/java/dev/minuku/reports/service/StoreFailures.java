package dev.minuku.reports.service;

import dev.minuku.web.problem.Problem;
import dev.minuku.web.problem.ProblemException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.hibernate.HibernateException;

/** Tells database trouble apart from bugs, so that a down database answers 503 and a bug stays a 500. */
final class StoreFailures {

    private StoreFailures() {
    }

    /** The failure came from the database or the connection to it. */
    static boolean fromStore(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException || t instanceof PersistenceException || t instanceof HibernateException
                    || t instanceof jakarta.transaction.SystemException || t instanceof jakarta.transaction.RollbackException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Two transactions got in each other's way (deadlock, serialization): trying again is safe. */
    static boolean retryable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    static ProblemException unavailable() {
        return new ProblemException(Problem.of("store-unavailable", "Report store unavailable", 503,
                "Reports cannot be stored or read right now. Please try again later."));
    }
}
