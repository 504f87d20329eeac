/** UN document symbols: in text, in links and in file names. */
export {
  type FoundSymbol,
  findSymbols,
  formatSymbol,
  parseSymbol,
  type SymbolSuffix,
  type UnSymbol,
  type VersionPart,
} from './symbol-grammar.ts';
export { symbolFromFileName, symbolFromUrl } from './symbol-link.ts';
