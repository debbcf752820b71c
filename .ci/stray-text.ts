// Whether one literal is English a person reads: the judgement behind check-strings.ts. Prose is
// a word of two or more letters with a space ("Refresh now"), or a capitalised word ("Settings").
// Literals in places no person reads them are passed over, whatever they say.
import { SyntaxKind } from 'typescript/unstable/ast';
import type { CallExpression, Expression, Node, NoSubstitutionTemplateLiteral, StringLiteral, TemplateExpression } from 'typescript/unstable/ast';

const WORD = /\b[A-Za-z]{2,}\b/;
// Not after a hyphen: 'zh-Hans' is a tag, not a word.
const CAPITALISED = /(^|[^\w-])[A-Z][a-z]+\b/;
const URL_LIKE = /^[a-z][a-z+.-]*:\/\/\S*$/;

/** "Updated {…}": a template's literal parts, with a mark where each expression goes. */
function literalText(node: StringLiteral | NoSubstitutionTemplateLiteral | TemplateExpression): string {
  if (node.kind !== SyntaxKind.TemplateExpression) return node.text;
  return node.head.text + node.templateSpans.map((span) => `{…}${span.literal.text}`).join('');
}

export function looksLikeProse(text: string): boolean {
  const trimmed = text.trim();
  if (URL_LIKE.test(trimmed)) return false;
  // Any space between words, a no-break space too ("5\u00a0min").
  return (WORD.test(trimmed) && /\s/.test(trimmed)) || CAPITALISED.test(trimmed);
}

/** `logger.info`, `this.#log.warn`, `console.error`: the dotted name of a callee, '' when not a name. */
function dottedName(expression: Expression | Node): string {
  switch (expression.kind) {
    case SyntaxKind.Identifier:
    case SyntaxKind.PrivateIdentifier:
      return (expression as unknown as { text: string }).text;
    case SyntaxKind.ThisKeyword:
      return 'this';
    case SyntaxKind.PropertyAccessExpression: {
      const access = expression as unknown as { expression: Expression; name: Node };
      return `${dottedName(access.expression)}.${dottedName(access.name)}`;
    }
    default:
      return '';
  }
}

/** Calls whose string arguments are never shown: selectors, classes, events, channels, logs. */
const CODE_ARGUMENT_METHODS = new Set([
  'querySelector',
  'querySelectorAll',
  'closest',
  'matches',
  'getElementById',
  'createElement',
  'createElementNS',
  'addEventListener',
  'removeEventListener',
  'getAttribute',
  'hasAttribute',
  'removeAttribute',
  'toggleAttribute',
  'getPropertyValue',
  'setProperty',
  'invoke',
  'handle',
  'on',
  'once',
  'off',
  'send',
  'emit',
]);
const LOGGER = /(^|\.)(#?log|#?logger|console)$/i;
/** Attributes whose value a person reads or hears; any other attribute's value is code. */
const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'alt', 'placeholder', 'label']);
/** Properties whose value is code, not words. */
// prettier-ignore
const CODE_PROPERTIES = new Set([
  'class', 'className', 'id', 'for', 'htmlFor', 'type', 'role', 'dir', 'lang', 'href', 'src', 'style', 'cssText', 'viewBox', 'xmlns',
  'aria-describedby', 'aria-labelledby', 'aria-controls', 'aria-owns', 'aria-hidden', 'autocomplete', 'inputmode', 'text-anchor',
  'font', 'd', 'fillStyle', 'strokeStyle', 'textAlign', 'textBaseline', 'cursor', 'display', 'code', 'channel',
]);
/** Properties and calls whose text a person reads or hears, even one lowercase or all-caps word ('loading…', 'OK'). */
// prettier-ignore
const SHOWN_PROPERTIES = new Set([
  'textContent', 'innerText', 'title', 'placeholder', 'alt', 'label', 'ariaLabel', 'ariaDescription', 'ariaValueText', 'ariaRoleDescription',
  ...SPOKEN_ATTRIBUTES,
]);
const SHOWN_CALLS = new Set(['toast', 'showToast', 'announce', 'notify']);
const PROGRAMMER_ERRORS = new Set(['Error', 'TypeError', 'RangeError']);

function isCodeArgument(call: CallExpression, argument: Node): boolean {
  const callee = dottedName(call.expression);
  const method = callee.split('.').pop() ?? '';
  const index = call.arguments.indexOf(argument as Expression);
  if (call.expression.kind === SyntaxKind.ImportKeyword) return true;
  if (method === 't' && index === 0) return true;
  if (LOGGER.test(callee.slice(0, callee.lastIndexOf('.')))) return true;
  if (callee.endsWith('classList.' + method)) return true;
  if (method === 'setAttribute') {
    const name = call.arguments[0];
    return index === 0 || !(name?.kind === SyntaxKind.StringLiteral && SPOKEN_ATTRIBUTES.has((name as StringLiteral).text));
  }
  return CODE_ARGUMENT_METHODS.has(method) && index === 0;
}

/** Through the parts of an expression that only pass a value along: `a ? 'x' : 'y'`, `('x')`, `'x' as T`. */
function valueContext(node: Node): Node {
  let current = node;
  for (;;) {
    const parent = current.parent;
    const passesAlong =
      parent.kind === SyntaxKind.ParenthesizedExpression ||
      parent.kind === SyntaxKind.AsExpression ||
      parent.kind === SyntaxKind.SatisfiesExpression ||
      (parent.kind === SyntaxKind.ConditionalExpression && (parent as unknown as { condition: Node }).condition !== current);
    if (!passesAlong) return current;
    current = parent;
  }
}

const COMPARISONS = new Set([
  SyntaxKind.EqualsEqualsEqualsToken,
  SyntaxKind.ExclamationEqualsEqualsToken,
  SyntaxKind.EqualsEqualsToken,
  SyntaxKind.ExclamationEqualsToken,
  SyntaxKind.InKeyword,
]);

/** Whether a literal sits where no person reads it. */
function isCode(literal: Node): boolean {
  const node = valueContext(literal);
  const parent = node.parent;
  switch (parent.kind) {
    case SyntaxKind.ImportDeclaration:
    case SyntaxKind.ExportDeclaration:
    case SyntaxKind.ExternalModuleReference:
    case SyntaxKind.LiteralType:
    case SyntaxKind.CaseClause:
    case SyntaxKind.ElementAccessExpression:
    case SyntaxKind.ComputedPropertyName:
    case SyntaxKind.EnumMember:
    case SyntaxKind.PropertySignature:
    case SyntaxKind.MethodDeclaration:
    case SyntaxKind.PropertyDeclaration:
      return parent.kind !== SyntaxKind.PropertyDeclaration || (parent as unknown as { name: Node }).name === node;
    case SyntaxKind.ExpressionStatement:
      return true; // 'use strict', and a string on its own does nothing
    case SyntaxKind.PropertyAssignment: {
      const { name } = parent as unknown as { name: Node };
      return name === node || CODE_PROPERTIES.has(dottedName(name) || (name as unknown as { text?: string }).text || '');
    }
    case SyntaxKind.BinaryExpression: {
      const binary = parent as unknown as { operatorToken: Node; left: Expression };
      if (COMPARISONS.has(binary.operatorToken.kind)) return true;
      const assigned = binary.operatorToken.kind === SyntaxKind.EqualsToken ? dottedName(binary.left) : '';
      return /(^|\.)(style|dataset)\./.test(assigned) || CODE_PROPERTIES.has(assigned.split('.').pop() ?? '');
    }
    case SyntaxKind.CallExpression:
      return isCodeArgument(parent as CallExpression, node);
    case SyntaxKind.NewExpression:
      return PROGRAMMER_ERRORS.has(dottedName((parent as unknown as { expression: Expression }).expression));
    default:
      return false;
  }
}

/**
 * Whether a literal goes where a person reads it whatever it says: shown properties and attributes,
 * toasts and announcements, and a piece glued to a value with a space (`String(n) + ' places'`).
 */
function isShown(literal: Node, text: string): boolean {
  const node = valueContext(literal);
  const parent = node.parent;
  switch (parent.kind) {
    case SyntaxKind.PropertyAssignment: {
      const { name } = parent as unknown as { name: Node };
      return name !== node && SHOWN_PROPERTIES.has(dottedName(name) || (name as unknown as { text?: string }).text || '');
    }
    case SyntaxKind.BinaryExpression: {
      const binary = parent as unknown as { operatorToken: Node; left: Expression };
      if (binary.operatorToken.kind === SyntaxKind.PlusToken) return /^\s|\s$/.test(text);
      if (binary.operatorToken.kind !== SyntaxKind.EqualsToken || binary.left === node) return false;
      return SHOWN_PROPERTIES.has(dottedName(binary.left).split('.').pop() ?? '');
    }
    case SyntaxKind.CallExpression: {
      const call = parent as CallExpression;
      const method = dottedName(call.expression).split('.').pop() ?? '';
      if (method === 'setAttribute') return call.arguments.indexOf(node as Expression) === 1 && !isCodeArgument(call, node);
      return SHOWN_CALLS.has(method);
    }
    default:
      return false;
  }
}

/** The English of a literal a person would read, or null for any other node. */
export function strayText(node: Node): string | null {
  if (node.kind !== SyntaxKind.StringLiteral && node.kind !== SyntaxKind.NoSubstitutionTemplateLiteral && node.kind !== SyntaxKind.TemplateExpression)
    return null;
  const text = literalText(node as StringLiteral | NoSubstitutionTemplateLiteral | TemplateExpression);
  if (WORD.test(text) && isShown(node, text)) return text;
  return looksLikeProse(text) && !isCode(node) ? text : null;
}
