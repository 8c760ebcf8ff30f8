package org.cinderj.runtime.type;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.List;
import org.cinderj.runtime.exception.PythonErrors;

/** C3 linearisation of a class hierarchy. */
public final class Mro {
    private Mro() {
    }

    @TruffleBoundary
    public static PythonClass[] compute(PythonClass cls) {
        PythonClass[] bases = cls.getBases();
        if (bases.length == 0) {
            return new PythonClass[]{cls};
        }
        if (bases.length == 1) {
            PythonClass[] baseMro = bases[0].getMro();
            PythonClass[] result = new PythonClass[baseMro.length + 1];
            result[0] = cls;
            System.arraycopy(baseMro, 0, result, 1, baseMro.length);
            return result;
        }
        List<List<PythonClass>> sequences = new ArrayList<>();
        for (PythonClass base : bases) {
            sequences.add(new ArrayList<>(List.of(base.getMro())));
        }
        sequences.add(new ArrayList<>(List.of(bases)));
        List<PythonClass> result = new ArrayList<>();
        result.add(cls);
        while (true) {
            sequences.removeIf(List::isEmpty);
            if (sequences.isEmpty()) {
                return result.toArray(new PythonClass[0]);
            }
            PythonClass candidate = null;
            for (List<PythonClass> seq : sequences) {
                PythonClass head = seq.get(0);
                if (!inTail(sequences, head)) {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null) {
                // the heads still waiting, each once, in the order of the sequences (CPython's set_mro_error)
                java.util.LinkedHashSet<PythonClass> heads = new java.util.LinkedHashSet<>();
                for (List<PythonClass> seq : sequences) {
                    heads.add(seq.get(0));
                }
                StringBuilder names = new StringBuilder();
                for (PythonClass h : heads) {
                    if (names.length() > 0) {
                        names.append(", ");
                    }
                    names.append(h.getName());
                }
                throw PythonErrors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases " + names);
            }
            result.add(candidate);
            for (List<PythonClass> seq : sequences) {
                if (seq.get(0) == candidate) {
                    seq.remove(0);
                }
            }
        }
    }

    private static boolean inTail(List<List<PythonClass>> sequences, PythonClass c) {
        for (List<PythonClass> seq : sequences) {
            for (int i = 1; i < seq.size(); i++) {
                if (seq.get(i) == c) {
                    return true;
                }
            }
        }
        return false;
    }
}
