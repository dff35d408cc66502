// Runs many SHACL validations or SPARQL queries in ONE JVM, through the same Jena calls the
// `shacl validate` and `sparql --results TSV` commands make: a JVM start costs seconds, and the
// suite ran one per fixture. Each job's output goes to its own file, so the callers check and
// name every fixture exactly as before.
//
//   scripts/jena batch OUTDIR shacl SHAPES DATA...          OUTDIR/<i>.out: the report (Turtle)
//   scripts/jena batch OUTDIR sparql DATA... -- QUERY...    OUTDIR/<i>.out: the answer (TSV)
//
// <i> counts the jobs from 0; a job that fails writes OUTDIR/<i>.err instead, and the others
// still run. Exit status 0 when every job ran, 1 otherwise, 2 on a usage error.
// Run as a source file (java's single-file launcher), so no build step is needed.
import java.io.*;
import java.nio.file.*;
import java.util.*;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.*;
import org.apache.jena.rdf.model.*;
import org.apache.jena.riot.*;
import org.apache.jena.shacl.*;
import org.apache.jena.sys.JenaSystem;

public class JenaBatch {
    interface Job { void run(OutputStream out) throws Exception; }

    public static void main(String[] args) throws Exception {
        if (args.length < 3 || !(args[1].equals("shacl") || args[1].equals("sparql"))) {
            System.err.println("usage: jena batch OUTDIR shacl SHAPES DATA... | sparql DATA... -- QUERY...");
            System.exit(2);
        }
        JenaSystem.init();
        Path outdir = Paths.get(args[0]);
        Files.createDirectories(outdir);
        List<Job> jobs = new ArrayList<>();
        if (args[1].equals("shacl")) {
            // Loaded per job like the command does, so no state is shared between fixtures.
            String shapes = args[2];
            for (int i = 3; i < args.length; i++) {
                String data = args[i];
                jobs.add(out -> {
                    Graph report = ShaclValidator.get()
                        .validate(RDFDataMgr.loadGraph(shapes), RDFDataMgr.loadGraph(data)).getGraph();
                    RDFDataMgr.write(out, report, Lang.TTL);
                });
            }
        } else {
            int sep = Arrays.asList(args).indexOf("--");
            if (sep < 3 || sep == args.length - 1) {
                System.err.println("jena batch sparql: DATA... -- QUERY... expected");
                System.exit(2);
            }
            // Every --data of `sparql` goes into one default graph; queries cannot change it.
            Model model = ModelFactory.createDefaultModel();
            for (int i = 2; i < sep; i++) RDFDataMgr.read(model, args[i]);
            for (int i = sep + 1; i < args.length; i++) {
                String query = args[i];
                jobs.add(out -> {
                    Query q = QueryFactory.read(query);
                    try (QueryExecution qe = QueryExecutionFactory.create(q, model)) {
                        if (q.isSelectType()) ResultSetFormatter.outputAsTSV(out, qe.execSelect());
                        else if (q.isAskType()) ResultSetFormatter.outputAsTSV(out, qe.execAsk());
                        else throw new IllegalArgumentException("only SELECT and ASK: " + query);
                    }
                });
            }
        }
        boolean ok = true;
        for (int i = 0; i < jobs.size(); i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                jobs.get(i).run(out);
                Files.write(outdir.resolve(i + ".out"), out.toByteArray());
            } catch (Exception | Error e) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                Files.writeString(outdir.resolve(i + ".err"), trace.toString());
                ok = false;
            }
        }
        System.exit(ok ? 0 : 1);
    }
}
