package org.cinderj.nodes.generator;

import com.oracle.truffle.api.frame.Frame;
import org.cinderj.runtime.generator.PGenerator;

/** Frame-slot helpers of the resumable nodes: an unset int slot reads as state 0. */
public final class GenState {
    private GenState() {
    }

    public static int get(Frame frame, int slot) {
        return frame.isInt(slot) ? frame.getInt(slot) : 0;
    }

    public static void set(Frame frame, int slot, int value) {
        frame.setInt(slot, value);
    }

    public static PGenerator generator(Frame frame, int slot) {
        return (PGenerator) frame.getObject(slot);
    }
}
