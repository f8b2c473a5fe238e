package org.jobclass.system;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jobclass.accounts.HeldForms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A database that has stopped or frozen: the request that needed it is answered {@code 503 Service Unavailable}
 * with {@code Retry-After} and a page saying to try again shortly, never a server error. The wait is bounded by the
 * connection pool's and the driver's timeouts (a few seconds), and the pool reconnects by itself once the database
 * is back. A staff form that could not be saved comes back on that page, to be sent again: nothing typed is lost.
 * <p>
 * It wraps every other filter, the sessions' included, since a staff session is read from the database too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class DatabaseUnavailable extends OncePerRequestFilter {

    /** The request attribute holding the fields of a form that could not be saved, for the page to send again. */
    public static final String UNSAVED_FORM = "jobclass.unsavedForm";
    static final String RETRY_AFTER_SECONDS = "30";

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!isUnreachable(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("The database could not be reached for {} {}: {}", request.getMethod(), request.getRequestURI(),
                    rootMessage(failure));
            if (HeldForms.canHold(request)) {
                request.setAttribute(UNSAVED_FORM, HeldForms.keptFields(request));
            }
            response.resetBuffer();
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    /** Whether a failure came from not reaching the database (down, frozen, refusing connections), not from a query. */
    static boolean isUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof SQLTransientConnectionException || cause instanceof SocketTimeoutException) {
                return true;
            }
            // SQLSTATE class 08: connection exceptions; 57P01–57P03: the server is shutting down or starting up.
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
