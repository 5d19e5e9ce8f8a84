/** Types of scripts/pipeline-table.mjs, for the test that checks the README's table. */
export const BEGIN: string;
export const END: string;
export function pipelineTable(dir?: string): string;
export function readmeWithTable(readme: string, table: string): string;
