package fi.seloste.store;

import java.nio.file.Path;
import java.sql.SQLException;

import org.h2.api.ErrorCode;

/** Turns H2's error codes on opening a file into the problem the user can act on. */
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
}
