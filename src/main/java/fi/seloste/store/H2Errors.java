package fi.seloste.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;

import org.h2.api.ErrorCode;

/**
 * Turns H2's errors into the problem the user can act on: on opening a file, and on reading or writing one. Only
 * an input/output failure is the disk's; a value the database refuses is the value's ({@link RefusedValue}), and a
 * table or column that is not there means a damaged file.
 */
final class H2Errors {

    private H2Errors() {
    }

    static ClientFileException onOpen(SQLException e, Path file) {
        ClientFileProblem problem = switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> ClientFileProblem.LOCKED;
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.IO_EXCEPTION_1,
                 ErrorCode.IO_EXCEPTION_2, ErrorCode.GENERAL_ERROR_1 -> ClientFileProblem.DAMAGED;
            case ErrorCode.WRONG_USER_OR_PASSWORD, ErrorCode.FILE_ENCRYPTION_ERROR_1 -> ClientFileProblem.NOT_A_CLIENT_FILE;
            case ErrorCode.DATABASE_NOT_FOUND_1, ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1 -> ClientFileProblem.NOT_FOUND;
            default -> ClientFileProblem.IO_ERROR;
        };
        return new ClientFileException(problem, file, e);
    }

    /**
     * Why reading or writing an open (or a new) client file failed. {@code failure} is what the store caught: a
     * jOOQ DataAccessException or an SQLException, or an IllegalArgumentException for a value the store itself
     * refuses (a register id it could not continue after).
     */
    static ClientFileProblem onUse(Exception failure) {
        if (RefusedValue.of(failure).isPresent() || failure instanceof IllegalArgumentException) {
            return ClientFileProblem.VALUE_NOT_STORED;
        }
        SQLException sql = sqlException(failure);
        if (sql != null) {
            switch (sql.getErrorCode()) {
                case ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1, ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1,
                     ErrorCode.TABLE_OR_VIEW_NOT_FOUND_WITH_CANDIDATES_2, ErrorCode.COLUMN_NOT_FOUND_1,
                     ErrorCode.FILE_CORRUPTED_1 -> {
                    return ClientFileProblem.DAMAGED;
                }
                case ErrorCode.DATABASE_IS_READ_ONLY -> {
                    return ClientFileProblem.READ_ONLY;
                }
                case ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2, ErrorCode.DATABASE_IS_CLOSED,
                     ErrorCode.GENERAL_ERROR_1 -> {
                    return ClientFileProblem.IO_ERROR;
                }
                default -> {
                    // below: an IOException anywhere in the chain is still the disk's
                }
            }
        }
        return causedByIo(failure) ? ClientFileProblem.IO_ERROR : ClientFileProblem.INTERNAL_ERROR;
    }

    private static SQLException sqlException(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static boolean causedByIo(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException || t instanceof UncheckedIOException) {
                return true;
            }
        }
        return false;
    }
}
