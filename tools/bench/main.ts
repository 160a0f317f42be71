// `palabre bench …` lands here (in a tsx child of the CLI): the benchmark is a development tool.
import { benchCommand } from './command.js';

const io = { stdout: (s: string) => process.stdout.write(s), stderr: (s: string) => process.stderr.write(s) };
process.exit(await benchCommand(process.argv.slice(2), io));
