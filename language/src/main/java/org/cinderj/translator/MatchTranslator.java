package org.cinderj.translator;

import java.util.List;
import org.cinderj.ast.Expr;
import org.cinderj.ast.MatchCase;
import org.cinderj.ast.Pattern;
import org.cinderj.ast.Stmt;
import org.cinderj.nodes.ExprNode;
import org.cinderj.nodes.StmtNode;
import org.cinderj.nodes.control.IfNode;
import org.cinderj.nodes.control.PatternNodes;
import org.cinderj.nodes.control.SimpleStatements;
import org.cinderj.nodes.expression.TempNodes;
import org.cinderj.nodes.generator.GenIfNode;
import org.cinderj.runtime.object.PEllipsis;
import org.cinderj.runtime.object.PNone;

/**
 * The {@code match} statement becomes an if/elif chain over the subject (kept in a slot), each
 * test a pattern match plus guard; so generators get resumable cases for free.
 */
final class MatchTranslator {
    private MatchTranslator() {
    }

    static StmtNode translate(Translator t, Stmt.Match m) {
        CodeUnit u = t.unit();
        int subjectSlot = u.newTemp();
        ExprNode subject = new TempNodes.WriteTempNode(t.expr(m.subject()), subjectSlot);
        StmtNode chain = null;
        List<MatchCase> cases = m.cases();
        for (int i = cases.size() - 1; i >= 0; i--) {
            MatchCase c = cases.get(i);
            int before = u.yieldCount;
            PatternNodes.PatternNode p = pattern(t, c.pattern());
            ExprNode guard = c.guard() == null ? null : t.expr(c.guard());
            StmtNode body = t.bodyOf(c.body());
            ExprNode test = new PatternNodes.CaseTestNode(p, guard, subjectSlot);
            if (u.isGenerator && (u.yieldCount != before || chainHasYield(chain))) {
                chain = new GenIfNode(test, body, chain, u.newTemp());
            } else {
                chain = new IfNode(test, body, chain);
            }
        }
        return new SimpleStatements.SeqNode(new SimpleStatements.ExprStmtNode(subject), chain == null ? new SimpleStatements.PassNode() : chain);
    }

    private static boolean chainHasYield(StmtNode chain) {
        return chain instanceof GenIfNode;
    }

    private static PatternNodes.PatternNode pattern(Translator t, Pattern p) {
        return switch (p) {
            case Pattern.MatchValue v -> new PatternNodes.ValueNode(t.expr(v.value()));
            case Pattern.MatchSingleton s -> new PatternNodes.SingletonNode(
                            s.value() == Expr.Singleton.NONE ? PNone.NONE : s.value() == Expr.Singleton.ELLIPSIS ? PEllipsis.ELLIPSIS : s.value());
            case Pattern.MatchAs a -> {
                if (a.pattern() == null) {
                    yield a.name() == null ? new PatternNodes.WildcardNode() : new PatternNodes.CaptureNode(t.nameTarget(a.name()));
                }
                yield new PatternNodes.AsNode(pattern(t, a.pattern()), t.nameTarget(a.name()));
            }
            case Pattern.MatchOr o -> {
                PatternNodes.PatternNode[] alts = new PatternNodes.PatternNode[o.patterns().size()];
                for (int i = 0; i < alts.length; i++) {
                    alts[i] = pattern(t, o.patterns().get(i));
                }
                yield new PatternNodes.OrNode(alts);
            }
            case Pattern.MatchSequence s -> {
                PatternNodes.PatternNode[] ps = new PatternNodes.PatternNode[s.patterns().size()];
                int star = -1;
                org.cinderj.nodes.access.TargetNode starTarget = null;
                for (int i = 0; i < ps.length; i++) {
                    Pattern sub = s.patterns().get(i);
                    if (sub instanceof Pattern.MatchStar st) {
                        star = i;
                        starTarget = st.name() == null ? null : t.nameTarget(st.name());
                        ps[i] = new PatternNodes.WildcardNode();
                    } else {
                        ps[i] = pattern(t, sub);
                    }
                }
                yield new PatternNodes.SequenceNode(ps, star, starTarget);
            }
            case Pattern.MatchStar s -> new PatternNodes.WildcardNode();
            case Pattern.MatchMapping mm -> {
                ExprNode[] keys = t.exprs(mm.keys());
                PatternNodes.PatternNode[] ps = new PatternNodes.PatternNode[mm.patterns().size()];
                for (int i = 0; i < ps.length; i++) {
                    ps[i] = pattern(t, mm.patterns().get(i));
                }
                yield new PatternNodes.MappingNode(keys, ps, mm.rest() == null ? null : t.nameTarget(mm.rest()));
            }
            case Pattern.MatchClass c -> {
                PatternNodes.PatternNode[] pos = new PatternNodes.PatternNode[c.patterns().size()];
                for (int i = 0; i < pos.length; i++) {
                    pos[i] = pattern(t, c.patterns().get(i));
                }
                PatternNodes.PatternNode[] kw = new PatternNodes.PatternNode[c.kwdPatterns().size()];
                for (int i = 0; i < kw.length; i++) {
                    kw[i] = pattern(t, c.kwdPatterns().get(i));
                }
                yield new PatternNodes.ClassNode(t.expr(c.cls()), pos, c.kwdAttrs().toArray(new String[0]), kw);
            }
        };
    }
}
