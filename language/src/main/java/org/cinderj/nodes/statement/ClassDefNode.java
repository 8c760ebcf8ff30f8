package org.cinderj.nodes.statement;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import java.util.ArrayList;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.function.ClassBuilder;
import org.cinderj.nodes.literal.CollectionNodes;
import org.cinderj.runtime.function.PFunction;

/** {@code class Name(bases, **kw): body}: evaluates bases and keywords, then builds the class. */
public final class ClassDefNode extends ExprNode {
    @Child private ExprNode bodyFunction;
    private final String name;
    @Children private final ExprNode[] bases;
    private final String[] kwNames;
    @Children private final ExprNode[] kwValues;

    public ClassDefNode(ExprNode bodyFunction, String name, ExprNode[] bases, String[] kwNames, ExprNode[] kwValues) {
        this.bodyFunction = bodyFunction;
        this.name = name;
        this.bases = bases;
        this.kwNames = kwNames;
        this.kwValues = kwValues;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        PFunction body = (PFunction) bodyFunction.execute(frame);
        ArrayList<Object> b = new ArrayList<>();
        for (ExprNode e : bases) {
            Object v = e.execute(frame);
            if (e instanceof CollectionNodes.StarredNode) {
                CollectionNodes.extend(b, v);
            } else {
                b.add(v);
            }
        }
        ArrayList<String> names = new ArrayList<>();
        ArrayList<Object> values = new ArrayList<>();
        for (int i = 0; i < kwValues.length; i++) {
            Object v = kwValues[i].execute(frame);
            if (kwNames[i] == null) {
                org.cinderj.runtime.dict.PDict d = new org.cinderj.runtime.dict.PDict();
                CollectionNodes.update(d, v);
                for (org.cinderj.runtime.dict.PDict.Entry en : d.entriesArray()) {
                    names.add((String) en.key);
                    values.add(en.value);
                }
            } else {
                names.add(kwNames[i]);
                values.add(v);
            }
        }
        return ClassBuilder.build(body, name, b.toArray(), names.toArray(new String[0]), values.toArray());
    }
}
