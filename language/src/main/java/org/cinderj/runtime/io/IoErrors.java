package org.cinderj.runtime.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.cinderj.runtime.exception.PException;
import org.cinderj.runtime.exception.PythonErrors;
import org.cinderj.runtime.type.BuiltinTypes;
import org.cinderj.runtime.type.PythonClass;

/** {@code io.UnsupportedOperation} and the mapping of Java I/O failures to OSError subclasses. */
public final class IoErrors {
    private IoErrors() {
    }

    /** {@code class UnsupportedOperation(OSError, ValueError)}, shown as {@code io.UnsupportedOperation}. */
    public static final PythonClass UNSUPPORTED_OPERATION;

    static {
        UNSUPPORTED_OPERATION = new PythonClass(BuiltinTypes.TYPE, "UnsupportedOperation",
                        new PythonClass[]{BuiltinTypes.OS_ERROR, BuiltinTypes.VALUE_ERROR}, false);
        UNSUPPORTED_OPERATION.define("__module__", "io");
    }

    public static PException unsupported(String message) {
        return PythonErrors.raise(UNSUPPORTED_OPERATION, message);
    }

    public static PException closedFile() {
        return PythonErrors.valueError("I/O operation on closed file.");
    }

    /** OSError(errno, strerror[, filename]) of the right subclass. */
    public static PException oserror(int errno, String strerror, Object filename) {
        PythonClass cls = classForErrno(errno);
        if (filename == null) {
            return PythonErrors.raiseObject(PythonErrors.create(cls, (long) errno, strerror));
        }
        return PythonErrors.raiseObject(PythonErrors.create(cls, (long) errno, strerror, filename));
    }

    public static PythonClass classForErrno(int errno) {
        return switch (errno) {
            case 2 -> BuiltinTypes.FILE_NOT_FOUND_ERROR;
            case 1, 13 -> BuiltinTypes.PERMISSION_ERROR;
            case 17 -> BuiltinTypes.FILE_EXISTS_ERROR;
            case 20 -> BuiltinTypes.NOT_A_DIRECTORY_ERROR;
            case 21 -> BuiltinTypes.IS_A_DIRECTORY_ERROR;
            case 32 -> BuiltinTypes.BROKEN_PIPE_ERROR;
            case 3 -> BuiltinTypes.PROCESS_LOOKUP_ERROR;
            case 4 -> BuiltinTypes.INTERRUPTED_ERROR;
            case 10 -> BuiltinTypes.CHILD_PROCESS_ERROR;
            case 11 -> BuiltinTypes.BLOCKING_IO_ERROR;
            case 110 -> BuiltinTypes.TIMEOUT_ERROR;
            case 104 -> BuiltinTypes.CONNECTION_RESET_ERROR;
            case 111 -> BuiltinTypes.CONNECTION_REFUSED_ERROR;
            case 103 -> BuiltinTypes.CONNECTION_ABORTED_ERROR;
            default -> BuiltinTypes.OS_ERROR;
        };
    }

    /** Maps a Java I/O failure to the OSError CPython would raise. */
    public static PException fromJava(IOException e, Object filename) {
        if (e instanceof NoSuchFileException) {
            return oserror(2, "No such file or directory", filename);
        } else if (e instanceof AccessDeniedException) {
            return oserror(13, "Permission denied", filename);
        } else if (e instanceof FileAlreadyExistsException) {
            return oserror(17, "File exists", filename);
        } else if (e instanceof NotDirectoryException) {
            return oserror(20, "Not a directory", filename);
        } else if (e instanceof DirectoryNotEmptyException) {
            return oserror(39, "Directory not empty", filename);
        }
        String msg = e.getMessage() == null ? "" : e.getMessage();
        if (msg.contains("Is a directory")) {
            return oserror(21, "Is a directory", filename);
        } else if (msg.contains("Not a directory")) {
            return oserror(20, "Not a directory", filename);
        } else if (msg.contains("Broken pipe")) {
            return oserror(32, "Broken pipe", filename);
        } else if (msg.contains("Illegal seek")) {
            return oserror(29, "Illegal seek", filename);
        } else if (msg.contains("Invalid argument")) {
            return oserror(22, "Invalid argument", filename);
        } else if (msg.contains("No such file")) {
            return oserror(2, "No such file or directory", filename);
        } else if (msg.contains("Permission denied")) {
            return oserror(13, "Permission denied", filename);
        }
        return oserror(5, msg.isEmpty() ? "Input/output error" : msg, filename);
    }
}
