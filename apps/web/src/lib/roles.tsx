import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useSession } from './session-hooks';

export type AppRole = 'TRAINEE' | 'MENTOR' | 'OWNER' | 'ADMIN';

const ROLE_ORDER: AppRole[] = ['TRAINEE', 'MENTOR', 'OWNER', 'ADMIN'];
const STORAGE_KEY = 'banso.role';

export const MyMembershipsQuery = graphql(`
  query MyMemberships {
    myPrograms(first: 100) {
      edges {
        node {
          id
          name
          status
          fiscalYear
          members {
            id
            role
            status
            userId
          }
        }
      }
    }
  }
`);

export interface MyProgram {
  id: string;
  name: string;
  status: string;
  fiscalYear: number;
  roles: AppRole[];
}

interface RolesValue {
  roles: AppRole[];
  role: AppRole | null;
  setRole: (role: AppRole) => void;
  programs: MyProgram[];
  fetching: boolean;
}

const RolesContext = createContext<RolesValue>({
  roles: [],
  role: null,
  setRole: () => undefined,
  programs: [],
  fetching: true,
});

/** The roles the person holds (program memberships and admin), and the one they are acting in now. */
export function RolesProvider({ children }: { children: ReactNode }): ReactNode {
  const session = useSession();
  const [{ data, error }] = useQuery({ query: MyMembershipsQuery, pause: !session });
  const [chosen, setChosen] = useState<AppRole | null>(() => sessionStorage.getItem(STORAGE_KEY) as AppRole | null);

  const value = useMemo<RolesValue>(() => {
    const programs: MyProgram[] = (data?.myPrograms.edges ?? []).map(({ node }) => ({
      id: node.id,
      name: node.name,
      status: node.status,
      fiscalYear: node.fiscalYear,
      roles: node.members
        .filter((member) => member.userId === session?.user.id && member.status === 'ACTIVE')
        .map((member) => member.role as AppRole),
    }));
    const held = new Set<AppRole>(programs.flatMap((program) => program.roles));
    if (session?.user.systemRole === 'ADMIN') held.add('ADMIN');
    const roles = ROLE_ORDER.filter((role) => held.has(role));
    const role = chosen && roles.includes(chosen) ? chosen : (roles[0] ?? null);
    return {
      roles,
      role,
      programs,
      fetching: !!session && !data && !error,
      setRole: (next: AppRole) => {
        sessionStorage.setItem(STORAGE_KEY, next);
        setChosen(next);
      },
    };
  }, [data, error, chosen, session]);

  return <RolesContext.Provider value={value}>{children}</RolesContext.Provider>;
}

export function useRoles(): RolesValue {
  return useContext(RolesContext);
}
