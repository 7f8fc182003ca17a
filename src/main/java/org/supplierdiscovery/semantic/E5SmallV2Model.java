package org.supplierdiscovery.semantic;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * e5-small-v2 (quantised) from LangChain4j's packaged model, as that package loads it (the same ONNX
 * file, tokenizer and mean pooling) but with an ONNX Runtime session of one thread per call, which does
 * not spin while it waits. The threads that call it are the parallelism: each loading thread embeds its
 * own suppliers and each search its own need, so a session's own pool of threads per core would only
 * contend with them for the same cores. Loaded once per process.
 */
final class E5SmallV2Model extends AbstractInProcessEmbeddingModel {
  private static final String MODEL_FILE = "e5-small-v2-q.onnx";
  private static final String TOKENIZER_FILE = "e5-small-v2-q-tokenizer.json";

  private static final class Holder {
    static final OnnxBertBiEncoder ENCODER = load();
  }

  E5SmallV2Model() {
    super(Runnable::run); // a batch is embedded on the caller's thread, one text after another
  }

  @Override
  protected OnnxBertBiEncoder model() {
    return Holder.ENCODER;
  }

  /** One intra-op thread, no inter-op parallelism, no spinning between calls. */
  static OrtSession.SessionOptions options() throws OrtException {
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    options.setIntraOpNumThreads(1);
    options.setInterOpNumThreads(1);
    options.addConfigEntry("session.intra_op.allow_spinning", "0");
    options.addConfigEntry("session.inter_op.allow_spinning", "0");
    return options;
  }

  private static OnnxBertBiEncoder load() {
    ClassLoader packaged = E5SmallV2QuantizedEmbeddingModel.class.getClassLoader();
    try (InputStream model = packaged.getResourceAsStream(MODEL_FILE);
        InputStream tokenizer = packaged.getResourceAsStream(TOKENIZER_FILE)) {
      if (model == null || tokenizer == null) {
        throw new IllegalStateException("the e5-small-v2-q package lacks " + MODEL_FILE + " or " + TOKENIZER_FILE);
      }
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession session = environment.createSession(model.readAllBytes(), options());
      return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime could not load " + MODEL_FILE, e);
    }
  }
}
