// The two-step approval of a group's award (起案・決裁) on the live page: the trail (who proposed, each body's
// answer, why a part was declined, the facilities listed for a new auction) and the actions the signed-in
// person may take: the lead's officer proposes, a body's own officer confirms or declines its own part. The
// engine decides who may; the page only offers what it would allow.
import { dateTime, int } from './format.js';
import { t, wardName } from './i18n.js';
import { esc } from './shell.js';

/** The trail's table body. */
export function partsBody(approval) {
  return approval.parts.map((p) => `<tr data-body="${esc(p.bodyCode)}" data-status="${esc(p.status)}">
    <td>${esc(wardName(p.bodyCode))} <span class="muted small">${esc(p.bodyCode)}</span></td>
    <td class="num">${int(p.facilities)}</td>
    <td><span class="badge ${esc(p.status)}">${esc(t('approval.' + p.status))}</span></td>
    <td>${esc(p.by || '')}</td>
    <td>${p.at ? esc(dateTime(p.at)) : ''}</td>
    <td>${esc(p.reason || '')}</td></tr>`).join('');
}

/**
 * What the person may do now: 'propose' for the lead's officer while nothing is proposed; 'answer' for a
 * body's officer whose body's part is pending; nothing otherwise.
 */
export function allowedStep(approval, me) {
  if (approval.state !== 'ENDED' || !approval.groupId) {
    return null;
  }
  const roles = me.roles || [];
  if (!approval.proposedBy) {
    return roles.includes('LEAD_OFFICER') ? 'propose' : null;
  }
  const own = approval.parts.find((p) => p.bodyCode === me.bodyCode);
  const officer = roles.includes('BODY_OFFICER') || roles.includes('LEAD_OFFICER');
  return own && own.status === 'PENDING' && officer ? 'answer' : null;
}

/** Fills the approval card from the trail; hides it for an auction of no group. */
export function renderApproval(approval, me) {
  const card = document.getElementById('approval-card');
  card.classList.toggle('hidden', !approval.groupId);
  if (!approval.groupId) {
    return;
  }
  document.getElementById('approval-proposed').textContent = approval.proposedBy
    ? t('approval.proposedBy', { by: approval.proposedBy, at: dateTime(approval.proposedAt) })
    : t('approval.notProposed');
  document.querySelector('#approval-parts tbody').innerHTML = partsBody(approval);
  document.getElementById('approval-parts').classList.toggle('hidden', approval.parts.length === 0);
  const declined = document.getElementById('approval-declined');
  declined.classList.toggle('hidden', approval.declinedFacilities.length === 0);
  declined.textContent = t('approval.declinedFacilities', { ids: approval.declinedFacilities.join(', ') });
  const step = allowedStep(approval, me);
  document.getElementById('action-propose').classList.toggle('hidden', step !== 'propose');
  document.getElementById('action-confirm-part').classList.toggle('hidden', step !== 'answer');
  document.getElementById('action-decline-part').classList.toggle('hidden', step !== 'answer');
}
