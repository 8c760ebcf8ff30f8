package org.cinderj;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.TruffleLanguage;
import org.cinderj.builtins.BuiltinsInstaller;
import org.cinderj.runtime.PythonContext;

/** The Truffle language: id {@code python}, Python 3.10 semantics. */
@TruffleLanguage.Registration(id = PythonLanguage.ID, name = "Python", version = PythonLanguage.VERSION,
                implementationName = "cinderj", defaultMimeType = PythonLanguage.MIME_TYPE,
                characterMimeTypes = PythonLanguage.MIME_TYPE, contextPolicy = TruffleLanguage.ContextPolicy.SHARED,
                fileTypeDetectors = {})
public final class PythonLanguage extends TruffleLanguage<PythonContext> {
    public static final String ID = "python";
    public static final String VERSION = "3.10.8";
    public static final String MIME_TYPE = "text/x-python";

    private static final LanguageReference<PythonLanguage> REFERENCE = LanguageReference.create(PythonLanguage.class);

    public static PythonLanguage get(com.oracle.truffle.api.nodes.Node node) {
        return REFERENCE.get(node);
    }

    @Override
    protected org.graalvm.options.OptionDescriptors getOptionDescriptors() {
        return new PythonOptionsOptionDescriptors();
    }

    @Override
    protected PythonContext createContext(Env env) {
        return new PythonContext(this, env);
    }

    @Override
    protected void initializeContext(PythonContext context) {
        org.cinderj.builtins.modules.FrameAccess.install(org.cinderj.nodes.function.FrameAccessImpl.INSTANCE);
        BuiltinsInstaller.initializeContext(context);
    }

    @Override
    protected void finalizeContext(PythonContext context) {
        org.cinderj.builtins.modules.ModulesInstaller.finalizeContext(context);
    }

    @Override
    protected CallTarget parse(ParsingRequest request) {
        return org.cinderj.translator.SourceCompiler.compileForEval(this, request.getSource());
    }

    /** The REPL echoes through sys.displayhook itself; nothing else should be printed by the host. */
    @Override
    protected boolean isVisible(PythonContext context, Object value) {
        return false;
    }

    /** The globals of {@code __main__}, for {@code Context.getBindings("python")}. */
    @Override
    protected Object getScope(PythonContext context) {
        return new org.cinderj.runtime.interop.GlobalsScope(context);
    }

    @Override
    protected boolean isThreadAccessAllowed(Thread thread, boolean singleThreaded) {
        return true;
    }
}
