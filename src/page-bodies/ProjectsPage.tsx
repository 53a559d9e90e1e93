import { useState } from 'react'
import { Text } from '@tarojs/components'
import { View } from '#src/components/View'
import type { FundedProject, ProjectPlan } from '#src/content/types'
import { filterProjects, sumAmount, totalsByTownship, villagesOf } from '#src/domain/tables'
import { projectPagePath } from '#src/domain/links/routes'
import { openPage, routeParams } from '#src/platform/nav'
import { PageFrame } from '#src/components/PageFrame'
import { SourceDocument } from '#src/components/SourceDocument'
import './ProjectsPage.scss'

/** What a page of the plans needs: its issue (the pages are in that issue's subpackage) and the plans. */
interface Plans {
  issueId: string
  projectPlans: ProjectPlan[]
}

const ROWS: [keyof FundedProject, string][] = [
  ['location', '地点'],
  ['task', '建设任务'],
  ['nature', '建设性质'],
  ['period', '建设期限'],
  ['amountText', '资金（万元）'],
  ['source', '资金来源'],
  ['standard', '补助标准'],
  ['goal', '绩效目标'],
  ['responsible', '责任单位'],
  ['implementer', '实施单位'],
]

function ProjectDetail({ issueId, plan, project }: { issueId: string; plan: ProjectPlan; project: FundedProject }) {
  return (
    <View>
      <View className='card' style={{ borderTop: '6px solid #b22222' }}>
        <Text className='small block'>
          {plan.title} 第{project.no}项 · {project.category}
        </Text>
        <Text className='page-title'>{project.name}</Text>
        <Text className='big-number' style={{ color: '#1e7a3c' }} id='project-amount'>
          {project.amount}万元
        </Text>
        <Text className='muted'>
          {project.township}
          {project.villages.length ? ` · ${project.villages.join('、')}` : ''}
        </Text>
      </View>
      <View className='card'>
        {ROWS.map(([key, label]) => (
          <View key={key} style={{ marginBottom: '8px' }}>
            <Text className='small block'>{label}</Text>
            <Text className='block'>{String(project[key] ?? '') || '（原文未写）'}</Text>
          </View>
        ))}
      </View>
      {project.note ? (
        <View className='notice'>
          <Text>原文说明：{project.note}</Text>
        </View>
      ) : null}
      <SourceDocument docId={plan.docId} />
      <View className='btn btn--plain' onClick={() => openPage(projectPagePath(issueId, plan.id))}>
        <Text>看这个计划的全部项目</Text>
      </View>
    </View>
  )
}

function ProjectBrowser({ issueId, projectPlans, initialPlan }: Plans & { initialPlan: ProjectPlan }) {
  const [planId, setPlanId] = useState(initialPlan.id)
  const [category, setCategory] = useState('all')
  const [township, setTownship] = useState('all')
  const [village, setVillage] = useState('all')
  const plan = projectPlans.find((each) => each.id === planId) ?? initialPlan
  const inCategory = filterProjects(plan, category, 'all')
  const inTownship = filterProjects(plan, category, township)
  const villages = township === 'all' ? [] : villagesOf(inTownship)
  const shown = filterProjects(plan, category, township, village)
  const pickTownship = (name: string) => {
    setTownship(name)
    setVillage('all')
  }
  const byTownship = totalsByTownship(inCategory)
  return (
    <View>
      <View style={{ display: 'flex', flexWrap: 'wrap' }} id='filter-plan'>
        {projectPlans.map((each) => (
          <View
            key={each.id}
            className={`chip${each.id === plan.id ? ' chip--on' : ''}`}
            onClick={() => {
              setPlanId(each.id)
              setCategory('all')
              pickTownship('all')
            }}
          >
            <Text>
              {each.id === 'adjusted' ? '调整计划' : '年初计划'}（{each.projects.length}项）
            </Text>
          </View>
        ))}
      </View>
      <View className='card totals'>
        <Text className='page-title'>{plan.title}</Text>
        <View className='total'>
          <Text className='total__label'>合计</Text>
          <Text className='total__amount' id='plan-total'>
            {sumAmount(plan.projects)}万元
          </Text>
        </View>
        {plan.printedCategories.map((c) => (
          <View key={c.name} className='total'>
            <Text className='total__label'>{c.name}</Text>
            <Text className='strong'>{c.total}万元</Text>
          </View>
        ))}
      </View>
      <Text className='strong block' style={{ margin: '8px 4px' }}>
        分类
      </Text>
      <View style={{ display: 'flex', flexWrap: 'wrap' }} id='filter-category'>
        {['all', ...plan.printedCategories.map((c) => c.name)].map((name) => (
          <View
            key={name}
            className={`chip${category === name ? ' chip--on' : ''}`}
            onClick={() => {
              setCategory(name)
              pickTownship('all')
            }}
          >
            <Text>{name === 'all' ? '全部' : name}</Text>
          </View>
        ))}
      </View>
      <Text className='section-title block'>钱用在哪里（万元，点一行只看那里）</Text>
      <View className='card' id='township-bars'>
        {byTownship.map((t) => (
          <View key={t.township} className='township-row' onClick={() => pickTownship(township === t.township ? 'all' : t.township)}>
            <View style={{ display: 'flex', justifyContent: 'space-between' }}>
              <Text className={township === t.township ? 'strong' : ''}>
                {t.township}（{t.count}项）
              </Text>
              <Text className='strong'>{t.amount}万元</Text>
            </View>
            <View
              className='bar'
              style={{
                width: `${Math.max(2, Math.round(t.share * 100))}%`,
                opacity: township === 'all' || township === t.township ? 1 : 0.35,
              }}
            />
          </View>
        ))}
      </View>
      {villages.length > 0 ? (
        <View style={{ display: 'flex', flexWrap: 'wrap' }} id='filter-village'>
          {['all', ...villages].map((name) => (
            <View key={name} className={`chip${village === name ? ' chip--on' : ''}`} onClick={() => setVillage(name)}>
              <Text>{name === 'all' ? `${township}全部` : name}</Text>
            </View>
          ))}
        </View>
      ) : null}
      <Text className='small block' style={{ margin: '4px' }} id='project-count'>
        {village !== 'all' ? `${village}：` : township === 'all' ? '' : `${township}：`}共{shown.length}项，{sumAmount(shown)}万元
      </Text>
      {shown.map((project) => (
        <View key={project.no} className='card' onClick={() => openPage(projectPagePath(issueId, plan.id, project.no))}>
          <Text className='strong block'>{project.name}</Text>
          <Text className='muted'>
            {project.township}
            {project.villages.length ? ` · ${project.villages.join('、')}` : ''} · {project.amount}万元 ›
          </Text>
        </View>
      ))}
    </View>
  )
}

/** An issue's 涉农资金 project plans, by 乡镇 and village (packages/issue-<id>/pages/projects, generated). */
export function ProjectsPage({ issueId, projectPlans }: Plans) {
  const params = routeParams()
  const plan = projectPlans.find((each) => each.id === (params.plan ?? 'adjusted'))
  const project = plan && params.no && /^\d{1,3}$/.test(params.no) ? plan.projects.find((each) => each.no === Number(params.no)) : undefined
  const badLink = (params.plan !== undefined && !plan) || (params.no !== undefined && !project)
  return (
    <PageFrame>
      {badLink ? (
        <View className='notice'>
          <Text>没有找到这个项目，下面是全部项目。</Text>
        </View>
      ) : null}
      {plan && project ? (
        <ProjectDetail issueId={issueId} plan={plan} project={project} />
      ) : (
        <ProjectBrowser issueId={issueId} projectPlans={projectPlans} initialPlan={plan ?? projectPlans[projectPlans.length - 1]} />
      )}
    </PageFrame>
  )
}
