package org.cinderj.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** The non-exceptional jumps: break, continue, return. Cheap when caught in the same compilation unit. */
public final class ControlFlow {
    private ControlFlow() {
    }

    public static final class BreakException extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        public static final BreakException INSTANCE = new BreakException();
    }

    public static final class ContinueException extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        public static final ContinueException INSTANCE = new ContinueException();
    }

    public static final class ReturnException extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        private final Object value;

        public ReturnException(Object value) {
            this.value = value;
        }

        public Object getValue() {
            return value;
        }
    }
}
